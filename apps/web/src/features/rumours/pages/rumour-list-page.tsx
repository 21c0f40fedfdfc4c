import { useState } from 'react';
import { Button, Card, Flex, Input, List, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RUMOUR_STATUSES, RUMOUR_TOPICS, type TRumour, type TRumourScreenResult, type TRumourStatus, type TRumourTopic } from '@shian/shared/rumour';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { listRumours, screenPost } from '../api/rumours-api.ts';

const PAGE_SIZE = 20;
export const STATUS_COLOURS: Record<TRumourStatus, string> = { draft: 'default', reviewed: 'blue', published: 'green' };

/** The rumour register (knowledge.manage): screening of a post, search, the list by status. */
export function RumourListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<TRumourStatus>();
  const [topic, setTopic] = useState<TRumourTopic>();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi((signal) => listRumours({ q, status, topic, page, pageSize: PAGE_SIZE }, signal), [q, status, topic, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;

  return (
    <Flex vertical gap={12}>
      <ScreenCard />
      <Card
        title={t('rumours.title')}
        extra={
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/rumours/new')} data-testid="rumour-create">
            {t('rumours.create')}
          </Button>
        }
      >
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('rumours.search')} onSearch={(v) => (setQ(v.trim()), setPage(1))} style={{ maxWidth: 280 }} />
          <Select
            allowClear
            placeholder={t('rumours.allStatuses')}
            value={status}
            onChange={(v) => (setStatus(v), setPage(1))}
            options={RUMOUR_STATUSES.map((s) => ({ value: s, label: t(`rumours.statuses.${s}`) }))}
            style={{ minWidth: 120 }}
          />
          <Select
            allowClear
            placeholder={t('rumours.allTopics')}
            value={topic}
            onChange={(v) => (setTopic(v), setPage(1))}
            options={RUMOUR_TOPICS.map((s) => ({ value: s, label: t(`rumours.topics.${s}`) }))}
            style={{ minWidth: 140 }}
          />
        </Flex>
        <Table<TRumour>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t('rumours.empty') }}
          pagination={data && data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage } : false}
          columns={[
            { title: t('rumours.titleField'), dataIndex: 'title', render: (v: string, r) => <Link to={`/rumours/${r.id}`}>{v}</Link> },
            { title: t('rumours.topic'), dataIndex: 'topic', render: (v: TRumourTopic) => t(`rumours.topics.${v}`) },
            { title: t('rumours.status'), dataIndex: 'status', render: (v: TRumourStatus) => <Tag color={STATUS_COLOURS[v]}>{t(`rumours.statuses.${v}`)}</Tag> },
            { title: t('rumours.standards'), render: (_, r) => r.standards.map((s) => s.number).join('、') || '—' },
          ]}
        />
      </Card>
    </Flex>
  );
}

function ScreenCard() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<TRumourScreenResult>();
  const { busy, run } = useAction();
  return (
    <Card title={t('rumours.screenTitle')}>
      <Typography.Paragraph type="secondary">{t('rumours.screenIntro')}</Typography.Paragraph>
      <Input.TextArea rows={3} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('rumours.screenPlaceholder')} data-testid="rumour-screen-text" />
      <Button style={{ marginTop: 8 }} loading={busy} disabled={!text.trim()} onClick={() => void run(async () => setResult(await screenPost(text)))} data-testid="rumour-screen">
        {t('rumours.screen')}
      </Button>
      {result && (
        <List
          style={{ marginTop: 8 }}
          dataSource={result.matches}
          locale={{ emptyText: t('rumours.noMatch') }}
          renderItem={(m) => (
            <List.Item key={m.rumourId}>
              <List.Item.Meta
                title={<Link to={`/rumours/${m.rumourId}`}>{m.title}</Link>}
                description={`${t('rumours.similarity', { value: m.similarity.toFixed(2) })} · ${t('rumours.sharedTerms', { terms: m.sharedTerms.join('、') })}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
