import { App, Button, Flex, List, Segmented, Tag, Typography } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { matching, oneOf, UUID } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import type { TQuery } from '../../../api/client.ts';
import { asApiError } from '../../../api/client.ts';
import { useAuth } from '../../../auth/auth-context.ts';
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
  const list = useList({ params: { tab: oneOf(TABS, business ? 'all' : 'open'), sampleId: matching(UUID) } }, ({ filters: { tab, sampleId }, page, pageSize }, signal) =>
    listDisposals({ ...QUERIES[tab], sampleId, page, pageSize }, signal),
  );

  async function escalate() {
    try {
      const { escalated } = await escalateDisposals();
      message.success(t('disposals.escalatedCount', { count: escalated }));
      list.reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <ListShell
      list={list}
      title={business ? t('disposals.businessTitle') : t('disposals.listTitle')}
      extra={
        can('disposal.manage') && (
          <Button size="small" icon={<AlertOutlined />} onClick={() => void escalate()}>
            {t('disposals.escalate')}
          </Button>
        )
      }
      filters={
        !business && (
          // Another tab leaves the one sample the list may have been opened for.
          <Segmented
            value={list.filters.tab}
            options={TABS.map((value) => ({ value, label: t(`disposals.tabs.${value}`) }))}
            onChange={(value) => list.set({ tab: value, sampleId: undefined })}
            style={{ marginBottom: 12 }}
          />
        )
      }
      emptyText={t('disposals.empty')}
      pagination={{ size: 'small' }}
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
  );
}
