import { Button, Empty, Flex, Grid, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKBENCH_DUE, WORKBENCH_MODULE_NAMES, WORKBENCH_MODULES, type TWorkItem } from '@shian/shared/workbench';
import { nameOf } from '@shian/shared/dictionary';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { getWorkbench } from '../api/workbench-api.ts';
import { SummaryCards } from '../components/summary-cards.tsx';
import { WorkItem } from '../components/work-item.tsx';
import { useReloadOnReturn } from '../hooks/use-reload-on-return.ts';
import { useLang } from '../../../lib/i18n.ts';

const params = { module: oneOf(WORKBENCH_MODULES), due: oneOf(WORKBENCH_DUE) };

/** Every role's home: the signed-in user's open work from every module, by due date (GET /api/workbench). */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = !Grid.useBreakpoint().md;
  const list = useList({ params }, ({ filters, page, pageSize }, signal) => getWorkbench({ ...filters, page, pageSize }, signal));
  useReloadOnReturn(list.reload);
  const filtered = list.filters.module !== undefined || list.filters.due !== undefined;
  // In the field, on a phone, the day starts with what is due today (the plan's visits, the reviews): the list
  // opens on the 今日到期 card when anything is due today; the cards still count everything and 显示全部 clears it.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !list.data) return;
    opened.current = true;
    if (phone && !filtered && list.data.summary.dueToday > 0) list.set({ due: 'today' });
  }, [list.data, phone, filtered, list.set]);

  return (
    <Flex vertical gap={12}>
      {!list.error && <SummaryCards summary={list.data?.summary} selected={list.filters.due} onSelect={(due) => list.set({ due })} />}
      <ListShell<TWorkItem>
        list={list}
        title={t('workbench.title')}
        extra={
          list.data && (
            <Typography.Text type="secondary" data-testid="workbench-total">
              {t('workbench.total', { n: list.data.total })}
            </Typography.Text>
          )
        }
        filters={
          <FilterBar>
            <SelectFilter
              list={list}
              name="module"
              all={t('workbench.allModules')}
              options={WORKBENCH_MODULES.map((value) => ({ value, label: nameOf(WORKBENCH_MODULE_NAMES, value, lang) }))}
              aria-label={t('workbench.moduleFilter')}
              style={{ minWidth: 160 }}
              data-testid="workbench-module-filter"
            />
            {filtered && (
              <Button onClick={list.reset} data-testid="workbench-show-all">
                {t('workbench.showAll')}
              </Button>
            )}
          </FilterBar>
        }
        emptyText={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('workbench.emptyFiltered') : t('workbench.empty')} data-testid="workbench-empty" />}
        pagination={{ size: 'small' }}
        testId="workbench-list"
        renderItem={(item) => <WorkItem key={`${item.module} ${item.link} ${item.title.zh}`} item={item} card={phone} />}
      />
    </Flex>
  );
}
