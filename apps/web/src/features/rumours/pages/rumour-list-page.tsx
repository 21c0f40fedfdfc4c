import { useState } from 'react';
import { Button, Card, Flex, Input, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RUMOUR_STATUSES, RUMOUR_TOPICS, type TRumourScreenResult, type TRumourStatus, type TRumourTopic } from '@shian/shared/rumour';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';
import { listRumours, screenPost } from '../api/rumours-api.ts';

export const STATUS_COLOURS: Record<TRumourStatus, string> = { draft: 'default', reviewed: 'blue', published: 'green' };

/** The rumour register (knowledge.manage): screening of a post, search, the list by status. */
export function RumourListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useList({ params: { q: text(), status: oneOf(RUMOUR_STATUSES), topic: oneOf(RUMOUR_TOPICS) } }, ({ filters, page, pageSize }, signal) =>
    listRumours({ ...filters, q: filters.q ?? '', page, pageSize }, signal),
  );

  return (
    <Flex vertical gap={12}>
      <ScreenCard />
      <ListShell
        list={list}
        title={t('rumours.title')}
        extra={
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/rumours/new')} data-testid="rumour-create">
            {t('rumours.create')}
          </Button>
        }
        filters={
          <FilterBar>
            <SearchFilter list={list} name="q" placeholder={t('rumours.search')} style={{ maxWidth: 280 }} />
            <SelectFilter
              list={list}
              name="status"
              placeholder={t('rumours.allStatuses')}
              options={RUMOUR_STATUSES.map((s) => ({ value: s, label: t(`rumours.statuses.${s}`) }))}
              style={{ minWidth: 120 }}
            />
            <SelectFilter
              list={list}
              name="topic"
              placeholder={t('rumours.allTopics')}
              options={RUMOUR_TOPICS.map((s) => ({ value: s, label: t(`rumours.topics.${s}`) }))}
              style={{ minWidth: 140 }}
            />
          </FilterBar>
        }
        emptyText={t('rumours.empty')}
        table={{ size: 'small', rowKey: 'id', scroll: { x: true } }}
        columns={[
          { title: t('rumours.titleField'), dataIndex: 'title', render: (v: string, r) => <Link to={`/rumours/${r.id}`}>{v}</Link> },
          { title: t('rumours.topic'), dataIndex: 'topic', render: (v: TRumourTopic) => t(`rumours.topics.${v}`) },
          { title: t('rumours.status'), dataIndex: 'status', render: (v: TRumourStatus) => <Tag color={STATUS_COLOURS[v]}>{t(`rumours.statuses.${v}`)}</Tag> },
          { title: t('rumours.standards'), render: (_, r) => r.standards.map((s) => s.number).join('、') || '—' },
        ]}
      />
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
      <Input.TextArea
        rows={3}
        maxLength={5000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('rumours.screenPlaceholder')}
        data-testid="rumour-screen-text"
      />
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
