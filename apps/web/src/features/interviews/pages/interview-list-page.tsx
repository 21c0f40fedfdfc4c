import { useState } from 'react';
import { Button, Card, Flex, List, Segmented, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { TInterviewStatus } from '@shian/shared/interview';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listInterviews } from '../api/interviews-api.ts';
import { InterviewCreateModal } from '../components/interview-create-modal.tsx';
import { InterviewStatusTag } from '../components/interview-status-tag.tsx';

const TABS = ['all', 'draft', 'notified', 'held', 'closed'] as const;
type TTab = (typeof TABS)[number];

/** Staff: the interviews of their scope by status. A business: the notices it received. */
export function InterviewListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const business = me?.scope === 'operator';
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const tab = (params.get('tab') ?? 'all') as TTab;
  const page = Number(params.get('page') ?? 1);
  const status: TInterviewStatus | undefined = tab === 'all' ? undefined : tab;
  const { data, error, loading, reload } = useApi((signal) => listInterviews({ status, page, pageSize: 20 }, signal), [status, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;

  return (
    <Card
      title={business ? t('interviews.businessTitle') : t('interviews.listTitle')}
      extra={
        can('complaint.manage') && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('interviews.create')}
          </Button>
        )
      }
    >
      {!business && (
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t('interviews.hint')}</Typography.Text>
          <Segmented
            value={tab}
            options={TABS.map((value) => ({ value, label: value === 'all' ? t('interviews.all') : t(`interviews.status.${value}`) }))}
            onChange={(value) => setParams({ tab: value })}
          />
        </Flex>
      )}
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('interviews.empty') }}
        pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, size: 'small', onChange: (p) => setParams({ tab, page: String(p) }) } : false}
        renderItem={(i) => (
          <List.Item key={i.id} data-testid="interview-item">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Link to={`/interviews/${i.id}`}>
                  <Typography.Text strong>{i.operatorName}</Typography.Text>
                </Link>
                <InterviewStatusTag status={i.status} />
                {i.commitmentsOverdue > 0 && <Tag color="red">{t('interviews.overdue')}</Tag>}
                {i.commitmentsOpen > 0 && <Tag color="blue">{t('interviews.open', { count: i.commitmentsOpen })}</Tag>}
              </Flex>
              <Typography.Text type="secondary">
                {[i.noticeNo, formatDateTime(i.scheduledAt), i.place, t('interviews.complaintCounts', { count: i.complaintCounts.total })].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {creating && (
        <InterviewCreateModal
          period={{ from: dayjs().subtract(89, 'day').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') }}
          onClose={() => setCreating(false)}
          onCreated={(created) => navigate(`/interviews/${created.id}`)}
        />
      )}
    </Card>
  );
}
