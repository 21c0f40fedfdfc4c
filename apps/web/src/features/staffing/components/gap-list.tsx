import { App, Button, Space, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { OPERATOR_SCALE_NAMES, OPERATOR_TYPE_NAMES, PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import { STAFFING_POSTS, type TStaffingGap } from '@shian/shared/staffing';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { matching, oneOf, text } from '../../../components/list-shell/list-params.ts';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { listGaps, remindGap } from '../api/staffing-api.ts';

/** The operators in scope missing a required post (filters: unit, missing post, name), each with a 提醒 button. */
export function GapList() {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const { me } = useAuth();
  const list = useList({ params: { unitCode: matching(/^\d{12}$/), missing: oneOf(STAFFING_POSTS), q: text() } }, ({ filters, page, pageSize }, signal) =>
    listGaps({ ...filters, page, pageSize }, signal),
  );
  const action = useAction();
  const { message } = App.useApp();
  async function remind(gap: TStaffingGap) {
    const sent = await action.run(() => remindGap(gap.operatorId));
    if (!sent) return;
    message.success(t('staffing.reminded', { name: gap.operatorName, due: sent.dueOn }));
    list.reload();
  }
  const staff = me?.scope !== 'operator';
  return (
    <ListShell
      list={list}
      title={t('staffing.gapsTitle')}
      filters={
        <FilterBar>
          <SearchFilter list={list} name="q" placeholder={t('staffing.search')} style={{ maxWidth: 220 }} />
          <SelectFilter
            list={list}
            name="unitCode"
            placeholder={t('staffing.allUnits')}
            options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
            style={{ minWidth: 130 }}
          />
          <SelectFilter
            list={list}
            name="missing"
            placeholder={t('staffing.anyMissing')}
            options={STAFFING_POSTS.map((p) => ({ value: p, label: t('staffing.missingPost', { post: nameIn(PERSONNEL_ROLE_NAMES, p, lang) }) }))}
            style={{ minWidth: 150 }}
            data-testid="staffing-missing-filter"
          />
        </FilterBar>
      }
      testId="staffing-gaps"
      table={{ size: 'small', rowKey: 'operatorId', scroll: { x: 'max-content' } }}
      columns={[
        {
          title: t('staffing.operator'),
          dataIndex: 'operatorName',
          render: (v: string, g: TStaffingGap) => (
            <Space direction="vertical" size={0}>
              <Link to={`/operators/${g.operatorId}`}>{v}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {g.uscc}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('staffing.unit'), dataIndex: 'unitName' },
        {
          title: t('staffing.kind'),
          key: 'kind',
          render: (_: unknown, g: TStaffingGap) =>
            [nameIn(OPERATOR_TYPE_NAMES, g.type, lang), g.scale && nameIn(OPERATOR_SCALE_NAMES, g.scale, lang), g.tags.includes('chain_headquarters') && t('staffing.chain')]
              .filter(Boolean)
              .join(' · '),
        },
        {
          title: t('staffing.missing'),
          dataIndex: 'missing',
          render: (posts: TStaffingGap['missing']) =>
            posts.map((p) => (
              <Tag color="red" key={p}>
                {nameIn(PERSONNEL_ROLE_NAMES, p, lang)}
              </Tag>
            )),
        },
        {
          title: t('staffing.lastReminder'),
          dataIndex: 'lastReminder',
          render: (r: TStaffingGap['lastReminder']) =>
            r ? t('staffing.remindedOn', { on: r.remindedOn, due: r.dueOn }) : <Typography.Text type="secondary">{t('staffing.notReminded')}</Typography.Text>,
        },
        ...(staff
          ? [
              {
                title: '',
                key: 'remind',
                render: (_: unknown, g: TStaffingGap) => (
                  <Button size="small" icon={<BellOutlined />} loading={action.busy} onClick={() => void remind(g)} data-testid={`staffing-remind-${g.operatorId}`}>
                    {t('staffing.remind')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
