import { App, Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { listUnmatched, openUnlicensedLead } from '../api/complaints-api.ts';

/** Businesses complaints name that the registry lacks, most complained-about first; each can become a lead. */
export function UnmatchedBusinessesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const list = useList({ params: { q: text() } }, ({ filters, page, pageSize }, signal) => listUnmatched({ ...filters, page, pageSize }, signal));
  const { busy, run } = useAction();

  async function openLead(name: string) {
    const result = await run(() => openUnlicensedLead(name));
    if (!result) return;
    message.success(t('complaints.leadCreated', { count: result.complaints }));
    list.reload();
  }

  return (
    <ListShell
      list={list}
      title={t('complaints.unmatchedTitle')}
      extra={<Link to="/complaints">{t('complaints.back')}</Link>}
      filters={
        <>
          <Typography.Paragraph type="secondary">{t('complaints.unmatchedHint')}</Typography.Paragraph>
          <SearchFilter list={list} name="q" enterButton placeholder={t('complaints.searchPlaceholder')} style={{ maxWidth: 420, marginBottom: 12 }} />
        </>
      }
      emptyText={t('complaints.unmatchedEmpty')}
      pagination={{ size: 'small' }}
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
            <Typography.Text type="secondary">
              {[b.namedAddress, b.unitName, t('complaints.lastReceived', { at: formatDateTime(b.lastReceivedAt) })].filter(Boolean).join(' · ')}
            </Typography.Text>
            <Link to={`/complaints?matchStatus=unmatched&q=${encodeURIComponent(b.namedBusiness)}`}>{t('complaints.showComplaints')}</Link>
          </Flex>
        </List.Item>
      )}
    />
  );
}
