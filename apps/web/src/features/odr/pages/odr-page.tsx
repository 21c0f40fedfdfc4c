import { App, Button, Card, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ODR_SUGGESTION_DAYS, ODR_SUGGESTION_MIN_COMPLAINTS, type TOdrEnrolment, type TOdrSuggestion } from '@shian/shared/odr';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { enrol } from '../../../api/odr-enrol.ts';
import { listEnrolments, listSuggestions } from '../api/odr-api.ts';

const STATUS_COLOURS = { invited: 'orange', enrolled: 'green', withdrawn: 'default' } as const;

/** The businesses in ODR with their settlement rates, and the high-complaint ones suggested for it. */
export function OdrPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'suggestions' ? 'suggestions' : 'enrolments';
  return (
    <Card title={t('odr.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'enrolments', label: t('odr.tabs.enrolments'), children: <Enrolments /> },
          { key: 'suggestions', label: t('odr.tabs.suggestions'), children: <Suggestions /> },
        ]}
      />
    </Card>
  );
}

function Enrolments() {
  const { t } = useTranslation();
  // Bare inside the tab; the page's ?tab= is kept when paging.
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listEnrolments({ page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      table={{ size: 'small', rowKey: 'id', scroll: { x: true } }}
      emptyText={t('odr.empty')}
      columns={[
        { title: t('odr.operator'), dataIndex: 'operatorName', render: (v: string, e) => <Link to={`/odr/${e.id}`}>{v}</Link> },
        { title: t('odr.unit'), dataIndex: 'unitName' },
        { title: t('odr.statusLabel'), dataIndex: 'status', render: (v: TOdrEnrolment['status']) => <Tag color={STATUS_COLOURS[v]}>{t(`odr.status.${v}`)}</Tag> },
        { title: t('odr.negotiations'), render: (_, e) => t('odr.negotiationCounts', e.counts) },
        { title: t('odr.settlementRate'), dataIndex: 'settlementRate', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
      ]}
    />
  );
}

function Suggestions() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, error, loading, reload, setData } = useApi((signal) => listSuggestions({}, signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;

  async function invite(s: TOdrSuggestion) {
    try {
      const created = await enrol(s.operatorId);
      setData((data ?? []).map((x) => (x.operatorId === s.operatorId ? { ...x, enrolmentId: created.id, enrolmentStatus: created.status } : x)));
      message.success(t('odr.saved'));
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('odr.suggestionRule', { days: ODR_SUGGESTION_DAYS, count: ODR_SUGGESTION_MIN_COMPLAINTS })}</Typography.Text>
      <Table<TOdrSuggestion>
        size="small"
        rowKey="operatorId"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('odr.empty') }}
        columns={[
          { title: t('odr.operator'), dataIndex: 'name' },
          { title: t('odr.unit'), dataIndex: 'unitName' },
          { title: t('odr.complaints'), dataIndex: 'complaints' },
          {
            title: t('odr.statusLabel'),
            render: (_, s) =>
              s.enrolmentId ? (
                <Link to={`/odr/${s.enrolmentId}`}>{t(`odr.status.${s.enrolmentStatus!}`)}</Link>
              ) : can('complaint.manage') ? (
                <Button size="small" type="primary" onClick={() => void invite(s)}>
                  {t('odr.invite')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Flex>
  );
}
