import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { LikeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TNomination, TNominationCreate } from '@shian/shared/public-test';
import { asApiError } from '../../../api/client.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { NominationStatusFilter } from '../components/nomination-status-filter.tsx';
import { listPublicNominations, proposeNomination, voteNomination } from '../api/public-tests-api.ts';

// The public never sees rejected proposals.
const PUBLIC_STATUSES = ['open', 'selected', 'tested'] as const;

/** 你点我检 for citizens: no sign-in; the browser's voter cookie keeps one vote per proposal. */
export function PublicNominationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TNominationCreate>();
  const [voted, setVoted] = useState<Set<string>>(new Set());
  const list = useList({ params: { status: oneOf(PUBLIC_STATUSES) } }, ({ filters, page, pageSize }, signal) => listPublicNominations({ ...filters, page, pageSize }, signal));

  async function propose(values: TNominationCreate) {
    try {
      await proposeNomination(values);
      message.success(t('publicTests.proposed'));
      form.resetFields();
      list.reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  async function vote(n: TNomination) {
    try {
      const next = await voteNomination(n.id);
      if (list.data) list.setData({ ...list.data, items: list.data.items.map((i) => (i.id === n.id ? next : i)) });
      setVoted(new Set([...voted, n.id]));
    } catch (e) {
      const err = asApiError(e);
      if (err.status === 409) setVoted(new Set([...voted, n.id]));
      message.error(err.message);
    }
  }

  return (
    <PublicPage title={t('publicTests.publicTitle')}>
      <Card title={t('publicTests.propose')}>
        <Typography.Paragraph type="secondary">{t('publicTests.intro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => void propose(v)}>
          <Form.Item name="food" label={t('publicTests.food')} rules={[{ required: true, max: 50 }]}>
            <Input data-testid="nomination-food" />
          </Form.Item>
          <Form.Item name="place" label={t('publicTests.place')} rules={[{ required: true, max: 100 }]}>
            <Input data-testid="nomination-place" />
          </Form.Item>
          <Form.Item name="reason" label={t('publicTests.reason')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="nomination-submit">
            {t('publicTests.submit')}
          </Button>
        </Form>
      </Card>
      <Card>
        <ListShell
          list={list}
          filters={<NominationStatusFilter list={list} statuses={PUBLIC_STATUSES} />}
          emptyText={t('publicTests.empty')}
          pagination={{ size: 'small' }}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid="nomination-item"
              actions={
                n.status === 'open'
                  ? [
                      <Button key="vote" icon={<LikeOutlined />} disabled={voted.has(n.id)} onClick={() => void vote(n)}>
                        {voted.has(n.id) ? t('publicTests.voted') : t('publicTests.vote')}
                      </Button>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} align="center" wrap>
                    {`${n.food} · ${n.place}`}
                    <Tag>{t(`publicTests.status.${n.status}`)}</Tag>
                    <Tag color="blue">{t('publicTests.votes', { count: n.votes })}</Tag>
                  </Flex>
                }
                description={[n.reason, n.resultSummary ? t('publicTests.result', { text: n.resultSummary }) : null].filter(Boolean).join(' · ')}
              />
            </List.Item>
          )}
        />
      </Card>
    </PublicPage>
  );
}
