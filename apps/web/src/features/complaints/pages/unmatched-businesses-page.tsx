import { App, Button, Card, Flex, Input, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { listUnmatched, openUnlicensedLead } from '../api/complaints-api.ts';

const PAGE_SIZE = 20;

/** Businesses complaints name that the registry lacks, most complained-about first; each can become a lead. */
export function UnmatchedBusinessesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const q = params.get('q') ?? undefined;
  const { data, error, loading, reload } = useApi((signal) => listUnmatched({ q, page, pageSize: PAGE_SIZE }, signal), [page, q]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;

  async function openLead(name: string) {
    const result = await run(() => openUnlicensedLead(name));
    if (!result) return;
    message.success(t('complaints.leadCreated', { count: result.complaints }));
    reload();
  }

  return (
    <Card title={t('complaints.unmatchedTitle')} extra={<Link to="/complaints">{t('complaints.back')}</Link>}>
      <Typography.Paragraph type="secondary">{t('complaints.unmatchedHint')}</Typography.Paragraph>
      <Input.Search
        key={q ?? ''}
        defaultValue={q}
        allowClear
        enterButton
        placeholder={t('complaints.searchPlaceholder')}
        style={{ maxWidth: 420, marginBottom: 12 }}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
      />
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('complaints.unmatchedEmpty') }}
        pagination={data && data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: data.total, size: 'small', onChange: (p) => setParams({ ...(q ? { q } : {}), page: String(p) }) } : false}
        renderItem={(b) => (
          <List.Item
            key={b.namedBusiness}
            data-testid="unmatched-item"
            actions={[
              b.leadId ? (
                <Link key="lead" to={`/leads/${b.leadId}`}>
                  {t('complaints.leadOpened')}
                </Link>
              ) : (
                can('complaint.manage') && (
                  <Button key="lead" size="small" loading={busy} onClick={() => void openLead(b.namedBusiness)}>
                    {t('complaints.leadOpen')}
                  </Button>
                )
              ),
            ]}
          >
            <Flex vertical style={{ minWidth: 0 }}>
              <Flex gap={6} wrap align="center">
                <Typography.Text strong>{b.namedBusiness}</Typography.Text>
                <Tag color={b.complaints > 1 ? 'red' : 'default'}>{t('complaints.complaintsCount', { count: b.complaints })}</Tag>
              </Flex>
              <Typography.Text type="secondary">{[b.namedAddress, b.unitName, t('complaints.lastReceived', { at: formatDateTime(b.lastReceivedAt) })].filter(Boolean).join(' · ')}</Typography.Text>
              <Link to={`/complaints?matchStatus=unmatched&q=${encodeURIComponent(b.namedBusiness)}`}>{t('complaints.showComplaints')}</Link>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
