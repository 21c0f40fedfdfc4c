import { List, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { VISIT_FLAG_RULES } from '@shian/shared/cadre-visit';
import { FilterBar, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listFlaggedVisits } from '../api/cadre-visits-api.ts';
import { ThresholdSettings } from '../components/threshold-settings.tsx';
import { VisitCard } from '../components/visit-card.tsx';

const TABS = ['pending', 'reviewed'] as const;

/** The food-safety office's review list: visits that look like box-ticking, each opening its reasons. */
export function FlagListPage() {
  const { t } = useTranslation();
  const list = useList({ params: { tab: oneOf(TABS, 'pending'), rule: oneOf(VISIT_FLAG_RULES) } }, ({ filters, page, pageSize }, signal) =>
    listFlaggedVisits({ reviewed: filters.tab === 'reviewed' ? 'true' : 'false', rule: filters.rule, page, pageSize }, signal),
  );
  return (
    <ListShell
      list={list}
      title={t('cadreVisits.flagsTitle')}
      filters={
        <>
          <ThresholdSettings />
          <FilterBar>
            <Segmented value={list.filters.tab} options={TABS.map((value) => ({ value, label: t(`cadreVisits.flagTabs.${value}`) }))} onChange={(tab) => list.set({ tab })} />
            <SelectFilter
              list={list}
              name="rule"
              all={t('cadreVisits.allRules')}
              options={VISIT_FLAG_RULES.map((value) => ({ value, label: t(`cadreVisits.flagRules.${value}`) }))}
              style={{ minWidth: 140 }}
            />
          </FilterBar>
        </>
      }
      emptyText={t('cadreVisits.flagsEmpty')}
      pagination={{ size: 'small' }}
      testId="cadre-visit-flags"
      renderItem={(v) => (
        <List.Item key={v.id}>
          <VisitCard visit={v} />
        </List.Item>
      )}
    />
  );
}
