import { Card, Flex, Form, Input, Button, Table, Tag, Typography, App } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_ACCOUNTS_PER_OPERATOR, ZOfficerInvite } from '@shian/shared/users';
import { useApi } from '../../../api/use-api.ts';
import { FormProblems } from '../../../components/form-problems.tsx';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { inviteOfficer, listOwnAccounts } from '../api/users-api.ts';

type TValues = { username?: string; displayName?: string; password?: string };

/** A business's own accounts, and the invitation of a second one for its food safety officer. */
export function OfficerInvitePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  const { data, loading, reload } = useApi((signal) => listOwnAccounts(signal), []);
  const full = (data?.length ?? 0) >= MAX_ACCOUNTS_PER_OPERATOR;

  async function onFinish(values: TValues) {
    const made = await submit(ZOfficerInvite, values, (body) => inviteOfficer(body));
    if (!made) return;
    message.success(t('users.invited'));
    form.resetFields();
    reload();
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Card title={t('users.officersTitle')} size="small">
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data ?? []}
          pagination={false}
          data-testid="own-accounts"
          columns={[
            { title: t('users.username'), dataIndex: 'username' },
            { title: t('users.displayName'), dataIndex: 'displayName' },
            { title: t('users.status'), dataIndex: 'active', render: (a: boolean) => <Tag color={a ? 'green' : 'default'}>{t(a ? 'users.enabled' : 'users.disabled')}</Tag> },
          ]}
        />
      </Card>
      <Card title={t('users.inviteTitle')}>
        <Typography.Paragraph type="secondary">{t('users.inviteHint', { max: MAX_ACCOUNTS_PER_OPERATOR })}</Typography.Paragraph>
        <FormProblems problems={problems} style={{ marginBottom: 16 }} />
        <Form<TValues> form={form} layout="vertical" disabled={full} onFinish={(values) => void onFinish(values)}>
          <Form.Item name="username" label={t('users.username')} required>
            <Input autoComplete="off" data-testid="officer-username" />
          </Form.Item>
          <Form.Item name="displayName" label={t('users.displayName')} required>
            <Input data-testid="officer-display-name" />
          </Form.Item>
          <Form.Item name="password" label={t('users.password')} required extra={t('users.passwordHint')}>
            <Input.Password autoComplete="new-password" data-testid="officer-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="officer-submit">
            {t('users.invite')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
