import { App, Button, Card, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TConsumerNotice, TNoticeKind } from '@shian/shared/consumer-notice';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { approveNotice, draftNotice, listNotices, publishNotice } from '../api/consumer-notices-api.ts';

type TDraftForm = { kind: TNoticeKind; title: string; body: string; sampleIds?: string };

/** Staff: draft advisories and warnings from results; another person approves; then publish. */
export function NoticeListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<TDraftForm>();
  const { data, error, loading, reload, setData } = useApi((signal) => listNotices({ pageSize: 100 }, signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;

  async function run(action: () => Promise<TConsumerNotice>, prepend = false) {
    try {
      const next = await action();
      if (data) setData({ ...data, items: prepend ? [next, ...data.items] : data.items.map((i) => (i.id === next.id ? next : i)) });
      message.success(t('consumerNotices.saved'));
      return true;
    } catch (e) {
      message.error(asApiError(e).message);
      return false;
    }
  }

  async function submit(values: TDraftForm) {
    const sampleIds = (values.sampleIds ?? '').split(/\s+/).filter(Boolean);
    if (await run(() => draftNotice({ kind: values.kind, title: values.title, body: values.body, source: 'sampling', sampleIds }), true)) form.resetFields();
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
      <Card title={t('consumerNotices.title')}>
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('consumerNotices.empty') }}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              actions={[
                n.status === 'draft' && can('notice.approve') && n.createdBy !== me?.id && (
                  <Button key="approve" size="small" onClick={() => void run(() => approveNotice(n.id, n.version))}>
                    {t('consumerNotices.approve')}
                  </Button>
                ),
                n.status === 'approved' && can('notice.manage') && (
                  <Button key="publish" size="small" type="primary" onClick={() => void run(() => publishNotice(n.id, n.version))}>
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
      </Card>
    </Flex>
  );
}
