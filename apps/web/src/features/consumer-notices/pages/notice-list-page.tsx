import { App, Button, Card, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTICE_STATUSES, type TConsumerNotice, type TNoticeKind } from '@shian/shared/consumer-notice';
import { asApiError } from '../../../api/client.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { approveNotice, draftNotice, listNotices, publishNotice } from '../api/consumer-notices-api.ts';

type TDraftForm = { kind: TNoticeKind; title: string; body: string; sampleIds?: string };

/** Staff: draft advisories and warnings from results; another person approves; then publish. */
export function NoticeListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<TDraftForm>();
  const list = useList({ params: { status: oneOf(NOTICE_STATUSES) } }, ({ filters, page, pageSize }, signal) => listNotices({ ...filters, page, pageSize }, signal));

  async function run(action: () => Promise<TConsumerNotice>) {
    try {
      const next = await action();
      message.success(t('consumerNotices.saved'));
      return next;
    } catch (e) {
      message.error(asApiError(e).message);
      return null;
    }
  }

  // A step changes one notice in place; a new draft changes the pages, so the list loads again.
  async function step(action: () => Promise<TConsumerNotice>) {
    const next = await run(action);
    if (next && list.data) list.setData({ ...list.data, items: list.data.items.map((i) => (i.id === next.id ? next : i)) });
  }

  async function submit(values: TDraftForm) {
    const sampleIds = (values.sampleIds ?? '').split(/\s+/).filter(Boolean);
    if (await run(() => draftNotice({ kind: values.kind, title: values.title, body: values.body, source: 'sampling', sampleIds }))) {
      form.resetFields();
      list.reload();
    }
  }

  return (
    <Flex vertical gap={12}>
      {can('notice.manage') && (
        <Card title={t('consumerNotices.draft')}>
          <Form form={form} layout="vertical" initialValues={{ kind: 'advisory' }} onFinish={(v) => void submit(v)}>
            <Form.Item name="kind" label={t('consumerNotices.kind')}>
              <Select options={(['advisory', 'warning'] as const).map((k) => ({ value: k, label: t(`consumerNotices.kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="title" label={t('consumerNotices.titleField')} rules={[{ required: true, max: 100 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="body" label={t('consumerNotices.body')} rules={[{ required: true, max: 5000 }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
            <Form.Item name="sampleIds" label={t('consumerNotices.sampleIds')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('consumerNotices.draft')}
            </Button>
          </Form>
        </Card>
      )}
      <ListShell
        list={list}
        title={t('consumerNotices.title')}
        filters={
          <FilterBar>
            <SelectFilter
              list={list}
              name="status"
              all={t('consumerNotices.allStatuses')}
              options={NOTICE_STATUSES.map((s) => ({ value: s, label: t(`consumerNotices.status.${s}`) }))}
              style={{ minWidth: 140 }}
            />
          </FilterBar>
        }
        emptyText={t('consumerNotices.empty')}
        pagination={{ size: 'small' }}
        renderItem={(n) => (
          <List.Item
            key={n.id}
            actions={[
              n.status === 'draft' && can('notice.approve') && n.createdBy !== me?.id && (
                <Button key="approve" size="small" onClick={() => void step(() => approveNotice(n.id, n.version))}>
                  {t('consumerNotices.approve')}
                </Button>
              ),
              n.status === 'approved' && can('notice.manage') && (
                <Button key="publish" size="small" type="primary" onClick={() => void step(() => publishNotice(n.id, n.version))}>
                  {t('consumerNotices.publish')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Flex gap={8}>
                  {n.title}
                  <Tag color={n.kind === 'warning' ? 'red' : 'blue'}>{t(`consumerNotices.kinds.${n.kind}`)}</Tag>
                  <Tag>{t(`consumerNotices.status.${n.status}`)}</Tag>
                </Flex>
              }
              description={<Typography.Paragraph ellipsis={{ rows: 2 }}>{n.body}</Typography.Paragraph>}
            />
          </List.Item>
        )}
      />
    </Flex>
  );
}
