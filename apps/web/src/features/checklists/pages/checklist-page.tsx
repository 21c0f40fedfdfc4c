import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Space, Spin, Switch, Tag, Typography } from 'antd';
import { ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { TChecklist, TChecklistItemInput } from '@shian/shared/checklist';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { createDraft, getChecklist, publishChecklist, putItems } from '../api/checklists-api.ts';
import { STATUS_COLORS } from './checklist-list-page.tsx';

const toInput = ({ section, content, key, basisLaw, basisArticle }: TChecklist['items'][number]): TChecklistItemInput => ({ section, content, key, basisLaw, basisArticle });

/** One version of a checklist; a draft is edited here by the responsible department. */
export function ChecklistPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, error, reload, setData } = useApi<TChecklist>((signal) => getChecklist(id, signal), [id]);
  const [items, setItems] = useState<TChecklistItemInput[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => setItems(data?.items.map(toInput) ?? []), [data]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data || data.id !== id) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const editable = data.status === 'draft' && can('checklist.manage');

  async function run(action: () => Promise<TChecklist>, done: string) {
    setBusy(true);
    try {
      const next = await action();
      if (next.id === id) setData(next);
      else navigate(`/checklists/${next.id}`);
      message.success(done);
    } catch (e) {
      const apiError = asApiError(e);
      message.error(apiError.fields[0]?.message ?? apiError.message);
    } finally {
      setBusy(false);
    }
  }

  const update = (index: number, change: Partial<TChecklistItemInput>) => setItems(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (index: number) => setItems([...items.slice(0, index - 1), items[index], items[index - 1], ...items.slice(index + 1)]);

  return (
    <Card
      title={
        <Space wrap>
          <span style={{ whiteSpace: 'normal' }}>{data.name}</span>
          <Tag>v{data.versionNo}</Tag>
          <Tag color={STATUS_COLORS[data.status]}>{t(`checklists.statuses.${data.status}`)}</Tag>
        </Space>
      }
      extra={
        can('checklist.manage') &&
        (editable ? (
          <Space wrap>
            <Button loading={busy} onClick={() => void run(() => putItems(id, { version: data.version, items }), t('checklists.saved'))}>
              {t('checklists.save')}
            </Button>
            <Popconfirm title={t('checklists.publishConfirm')} onConfirm={() => void run(() => publishChecklist(id, data.version), t('checklists.published'))}>
              <Button type="primary" loading={busy}>
                {t('checklists.publish')}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          data.status === 'published' && (
            <Button icon={<EditOutlined />} loading={busy} onClick={() => void run(() => createDraft(id), t('checklists.editDraft'))}>
              {t('checklists.edit')}
            </Button>
          )
        ))
      }
    >
      {!editable && <Alert type="info" showIcon message={t('checklists.readOnly')} style={{ marginBottom: 12 }} />}
      <Flex vertical gap={12}>
        {items.map((item, index) => (
          <Flex key={index} vertical gap={6} style={{ borderLeft: `4px solid ${item.key ? '#cf1322' : '#d9d9d9'}`, paddingLeft: 10 }}>
            {editable ? (
              <>
                <Flex gap={8} wrap>
                  <Input value={item.section} onChange={(e) => update(index, { section: e.target.value })} placeholder={t('checklists.section')} style={{ flex: '1 1 160px' }} />
                  <Space>
                    <Switch checked={item.key} onChange={(key) => update(index, { key })} />
                    <Typography.Text>{t('checklists.key')}</Typography.Text>
                    <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index)} aria-label={t('checklists.moveUp')} />
                    <Button size="small" danger icon={<DeleteOutlined />} onClick={() => setItems(items.filter((_, i) => i !== index))} aria-label={t('checklists.remove')} />
                  </Space>
                </Flex>
                <Input.TextArea value={item.content} onChange={(e) => update(index, { content: e.target.value })} autoSize placeholder={t('checklists.content')} />
                <Flex gap={8} wrap>
                  <Input
                    value={item.basisLaw ?? ''}
                    onChange={(e) => update(index, { basisLaw: e.target.value })}
                    placeholder={t('checklists.basisLaw')}
                    style={{ flex: '2 1 200px' }}
                  />
                  <Input
                    value={item.basisArticle ?? ''}
                    onChange={(e) => update(index, { basisArticle: e.target.value })}
                    placeholder={t('checklists.basisArticle')}
                    style={{ flex: '1 1 100px' }}
                  />
                </Flex>
              </>
            ) : (
              <>
                <Typography.Text type="secondary">{item.section}</Typography.Text>
                <Typography.Text>
                  {index + 1}. {item.key && <Tag color="red">{t('checklists.key')}</Tag>}
                  {item.content}
                </Typography.Text>
                {item.basisLaw && (
                  // The law library's article once the basis is resolved; otherwise the library looks the text up.
                  <Link
                    data-testid="checklist-basis"
                    style={{ fontSize: 12 }}
                    to={
                      data.items[index]?.basisArticleId
                        ? `/laws/articles/${data.items[index].basisArticleId}`
                        : `/laws/resolve?${new URLSearchParams({ law: item.basisLaw, article: item.basisArticle ?? '' }).toString()}`
                    }
                  >
                    {item.basisLaw} {item.basisArticle}
                  </Link>
                )}
              </>
            )}
          </Flex>
        ))}
        {editable && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setItems([...items, { section: items.at(-1)?.section ?? '', content: '', key: false, basisLaw: null, basisArticle: null }])}
          >
            {t('checklists.addItem')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
