import { Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { useAction } from '../../../components/use-action.ts';
import { confirmMatch, listComplaints } from '../api/complaints-api.ts';
import { CandidatePicker } from '../components/candidate-picker.tsx';

/** Complaints whose named business matched the registry only loosely: a person confirms or picks. */
export function ComplaintReviewPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listComplaints({ matchStatus: 'pending_review', page, pageSize }, signal));
  const { busy, run } = useAction();

  async function pick(id: string, version: number, operatorId: string | null) {
    if (await run(() => confirmMatch(id, { version, operatorId }), t('complaints.matching.confirmed'))) list.reload();
  }

  return (
    <ListShell
      list={list}
      title={t('complaints.reviewTitle')}
      extra={<Link to="/complaints">{t('complaints.back')}</Link>}
      emptyText={t('complaints.reviewEmpty')}
      pagination={{ size: 'small' }}
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
  );
}
