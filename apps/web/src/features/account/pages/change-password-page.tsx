import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZPasswordChange } from '@shian/shared/auth';
import { asApiError } from '../../../api/client.ts';
import { clearFieldErrors, showServerFieldErrors, validateWithSchema } from '../../../components/zod-form.ts';
import { useLang } from '../../../lib/i18n.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { changePassword } from '../api/account-api.ts';
import { FormProblems } from '../../../components/form-problems.tsx';

type TValues = { currentPassword?: string; newPassword?: string; confirmPassword?: string };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const { me } = useAuth();

  async function onFinish(values: TValues) {
    setProblems([]);
    const input = { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' };
    const checked = validateWithSchema(form, ZPasswordChange, input, lang);
    const mismatch = (values.confirmPassword ?? '') !== input.newPassword;
    if (mismatch) form.setFields([{ name: 'confirmPassword', errors: [t('account.mismatch')] }]);
    if (!checked.ok) setProblems(checked.unplaced);
    if (!checked.ok || mismatch) return;
    setSaving(true);
    try {
      await changePassword(checked.data);
      message.success(t('account.changed'));
      form.resetFields();
      // The session's must-change flag is lifted: start the app afresh so that it reads the new state.
      if (me?.mustChangePassword) window.location.assign('/');
    } catch (e) {
      const error = asApiError(e);
      if (error.code === 'UNAUTHENTICATED') {
        window.location.assign('/login');
        return;
      }
      clearFieldErrors(form);
      if (error.code === 'INVALID_CREDENTIALS') {
        form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
      } else {
        setProblems(showServerFieldErrors(form, error.fields));
        message.error(error.message);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card title={t('account.passwordTitle')} style={{ maxWidth: 560 }}>
      {me?.mustChangePassword && <Alert type="warning" showIcon message={t('account.mustChange')} style={{ marginBottom: 16 }} data-testid="password-must-change" />}
      <FormProblems problems={problems} style={{ marginBottom: 16 }} />
      <Form<TValues> form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
        <Form.Item name="currentPassword" label={t('account.currentPassword')} required>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('account.newPassword')} required extra={t('account.rule')}>
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item name="confirmPassword" label={t('account.confirmPassword')} required>
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="password-submit">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
