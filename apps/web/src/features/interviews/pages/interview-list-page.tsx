import { useState } from 'react';
import { Button, Flex, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { listInterviews } from '../api/interviews-api.ts';
import { InterviewCreateModal } from '../../../components/interview-create-modal.tsx';
import { InterviewStatusTag } from '../components/interview-status-tag.tsx';

const TABS = ['all', 'draft', 'notified', 'held', 'closed'] as const;

/** Staff: the interviews of their scope by status. A business: the notices it received. */
export function InterviewListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const business = me?.scope === 'operator';
  const [creating, setCreating] = useState(false);
  const list = useList({ params: { tab: oneOf(TABS, 'all') } }, ({ filters: { tab }, page, pageSize }, signal) =>
    listInterviews({ status: tab === 'all' ? undefined : tab, page, pageSize }, signal),
  );

  return (
    <ListShell
      list={list}
      title={business ? t('interviews.businessTitle') : t('interviews.listTitle')}
      extra={
        can('complaint.manage') && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('interviews.create')}
          </Button>
        )
      }
      filters={
        !business && (
          <Flex vertical gap={8} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('interviews.hint')}</Typography.Text>
            <TabsFilter list={list} name="tab" options={TABS.map((value) => ({ value, label: value === 'all' ? t('interviews.all') : t(`interviews.status.${value}`) }))} />
          </Flex>
        )
      }
      emptyText={t('interviews.empty')}
      pagination={{ size: 'small' }}
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
    >
      {creating && (
        <InterviewCreateModal
          period={{ from: dayjs().subtract(89, 'day').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') }}
          onClose={() => setCreating(false)}
          onCreated={(created) => navigate(`/interviews/${created.id}`)}
        />
      )}
    </ListShell>
  );
}
