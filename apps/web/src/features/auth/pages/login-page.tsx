import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { HomeOutlined, LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ZLogin, type TLogin } from '@shian/shared/auth';
import { asApiError } from '../../../api/client.ts';
import { homePath, useAuth } from '../../../auth/auth-context.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { showServerFieldErrors, validateWithSchema } from '../../../components/zod-form.ts';
import { useLang } from '../../../lib/i18n.ts';

/** Only same-site paths, so a crafted link can't send the user elsewhere after login. */
function safeFrom(from: string | null): string | null {
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<TLogin>();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const from = safeFrom(params.get('from'));

  if (me) return <Navigate to={from ?? homePath(me)} replace />;

  async function onFinish(values: Partial<TLogin>) {
    setError(undefined);
    const checked = validateWithSchema(form, ZLogin, { username: values.username ?? '', password: values.password ?? '' }, lang);
    if (!checked.ok) return;
    setSubmitting(true);
    try {
      const user = await login(checked.data);
      navigate(from ?? homePath(user), { replace: true });
    } catch (e) {
      const apiError = asApiError(e);
      showServerFieldErrors(form, apiError.fields);
      setError(apiError.message);
      setSubmitting(false);
    }
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 400 }}>
        <Link to="/p" data-testid="login-public-portal">
          <HomeOutlined aria-hidden /> {t('login.publicPortal')}
        </Link>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
          <SafetyCertificateOutlined style={{ fontSize: 40, color: '#1677ff' }} />
          <Typography.Title level={4} style={{ margin: 0, textAlign: 'center' }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </Flex>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
