import { Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { confirmMatch, listComplaints } from '../api/complaints-api.ts';
import { CandidatePicker } from '../components/candidate-picker.tsx';

const PAGE_SIZE = 20;

/** Complaints whose named business matched the registry only loosely: a person confirms or picks. */
export function ComplaintReviewPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const { data, error, loading, reload } = useApi((signal) => listComplaints({ matchStatus: 'pending_review', page, pageSize: PAGE_SIZE }, signal), [page]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;

  async function pick(id: string, version: number, operatorId: string | null) {
    if (await run(() => confirmMatch(id, { version, operatorId }), t('complaints.matching.confirmed'))) reload();
  }

  return (
    <Card title={t('complaints.reviewTitle')} extra={<Link to="/complaints">{t('complaints.back')}</Link>}>
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('complaints.reviewEmpty') }}
        pagination={data && data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: data.total, size: 'small', onChange: (p) => setParams({ page: String(p) }) } : false}
        renderItem={(c) => (
          <List.Item key={c.id} data-testid="review-item">
            <Flex vertical gap={6} style={{ width: '100%', minWidth: 0 }}>
              <Link to={`/complaints/${c.id}`}>
                <Typography.Text strong>{c.registrationNo}</Typography.Text>
              </Link>
              <Typography.Text>{`${c.namedBusiness ?? t('complaints.unnamed')} · ${c.namedAddress ?? ''}`}</Typography.Text>
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {c.description}
              </Typography.Paragraph>
              {can('complaint.manage') && <CandidatePicker complaint={c} busy={busy} onPick={(operatorId) => void pick(c.id, c.version, operatorId)} />}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
