import { App, Button, Card, Flex, List, Segmented, Tag, Typography } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { TQuery } from '../../../api/client.ts';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { escalateDisposals, listDisposals } from '../api/disposals-api.ts';
import { ClockTag } from './clock-tag.tsx';

const TABS = ['open', 'overdue', 'closed', 'all'] as const;
type TTab = (typeof TABS)[number];
const QUERIES: Record<TTab, TQuery> = { open: { status: 'open' }, overdue: { overdue: 'true' }, closed: { status: 'closed' }, all: {} };

/** Staff: the disposals with their clocks. Business: its failed-sample notices. */
export function DisposalListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const business = me?.scope === 'operator';
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') ?? (business ? 'all' : 'open')) as TTab;
  const page = Number(params.get('page') ?? 1);
  const sampleId = params.get('sampleId') ?? undefined;
  const { data, error, loading, reload } = useApi((signal) => listDisposals({ ...QUERIES[tab], sampleId, page, pageSize: 20 }, signal), [tab, page, sampleId]);
  if (error) return <LoadError error={error} onRetry={reload} />;

  async function escalate() {
    try {
      const { escalated } = await escalateDisposals();
      message.success(t('disposals.escalatedCount', { count: escalated }));
      reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Card
      title={business ? t('disposals.businessTitle') : t('disposals.listTitle')}
      extra={
        can('disposal.manage') && (
          <Button size="small" icon={<AlertOutlined />} onClick={() => void escalate()}>
            {t('disposals.escalate')}
          </Button>
        )
      }
    >
      {!business && (
        <Segmented value={tab} options={TABS.map((value) => ({ value, label: t(`disposals.tabs.${value}`) }))} onChange={(value) => setParams({ tab: value })} style={{ marginBottom: 12 }} />
      )}
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('disposals.empty') }}
        pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, size: 'small', onChange: (p) => setParams({ tab, page: String(p) }) } : false}
        renderItem={(d) => (
          <List.Item key={d.id} data-testid="disposal-item">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Link to={`/disposals/${d.id}`}>
                  <Typography.Text strong>{`${d.productName} · ${d.sampleNo}`}</Typography.Text>
                </Link>
                <Tag color={d.status === 'open' ? (d.overdue ? 'red' : 'blue') : 'default'}>{t(`disposals.status.${d.status}`)}</Tag>
              </Flex>
              <Typography.Text type="secondary">{`${d.operatorName} · ${t('disposals.openedOn')} ${d.openedOn}`}</Typography.Text>
              <Flex gap={4} wrap>
                {d.clocks.map((c) => (
                  <ClockTag key={c.kind} clock={c} />
                ))}
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
