import { useEffect } from 'react';
import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_NAMES } from '@shian/shared/dictionary';
import { ZUserCreate } from '@shian/shared/auth';
import { ZUserPatch, type TUser } from '@shian/shared/users';
import type { TRole } from '@shian/shared/access';
import { useOrg } from '../../../api/use-org.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { FormProblems } from '../../../components/form-problems.tsx';
import { OperatorPicker } from '../../../components/operator-picker.tsx';
import { useLang } from '../../../lib/i18n.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { createUser, updateUser } from '../api/users-api.ts';
import { CadrePicker } from './cadre-picker.tsx';

type TValues = { username?: string; displayName?: string; password?: string; role?: TRole; stationId?: string; departmentId?: string; operatorId?: string; cadreId?: string };

/** The one link field a role needs (the server clears the others). */
const LINK_OF: Partial<Record<TRole, 'stationId' | 'departmentId' | 'operatorId' | 'cadreId'>> = {
  station: 'stationId',
  inspector: 'stationId',
  department: 'departmentId',
  business: 'operatorId',
  cadre: 'cadreId',
};

/** Creates an account (no `user`) or edits one: role first, then the link its role needs. */
export function UserFormDrawer({ user, open, onClose, onSaved }: { user?: TUser; open: boolean; onClose: () => void; onSaved: (user: TUser) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  const role = Form.useWatch('role', form);
  const link = role ? LINK_OF[role] : undefined;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user)
      form.setFieldsValue({
        displayName: user.displayName,
        role: user.role,
        stationId: user.stationId ?? undefined,
        departmentId: user.departmentId ?? undefined,
        operatorId: user.operatorId ?? undefined,
        cadreId: user.cadreId ?? undefined,
      });
  }, [open, user, form]);

  async function onFinish(values: TValues) {
    const links = { stationId: values.stationId ?? null, departmentId: values.departmentId ?? null, operatorId: values.operatorId ?? null, cadreId: values.cadreId ?? null };
    const saved = user
      ? await submit(ZUserPatch, { version: user.version, displayName: values.displayName, role: values.role, ...links }, (body) => updateUser(user.id, body))
      : await submit(ZUserCreate, { ...values, ...links }, (body) => createUser(body));
    if (!saved) return;
    message.success(t(user ? 'users.saved' : 'users.created'));
    onSaved(saved);
  }

  return (
    <Drawer title={t(user ? 'users.editTitle' : 'users.createTitle')} open={open} onClose={onClose} width={Math.min(520, window.innerWidth)} destroyOnHidden>
      <FormProblems problems={problems} style={{ marginBottom: 16 }} />
      <Form<TValues> form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
        {!user && (
          <Form.Item name="username" label={t('users.username')} required>
            <Input autoComplete="off" data-testid="user-username" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.displayName')} required>
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} required>
          <Select options={dictionaryOptions(ROLE_NAMES, lang)} data-testid="user-role" />
        </Form.Item>
        {link === 'stationId' && (
          <Form.Item name="stationId" label={t('users.station')} required>
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="user-station"
              options={(org?.stations ?? []).filter((s) => s.kind === 'station').map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        )}
        {link === 'departmentId' && (
          <Form.Item name="departmentId" label={t('users.department')} required>
            <Select showSearch optionFilterProp="label" data-testid="user-department" options={(org?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        )}
        {link === 'operatorId' && (
          <Form.Item name="operatorId" label={t('users.operator')} required extra={user?.operatorName}>
            <OperatorPicker placeholder={t('users.operatorSearch')} testId="user-operator" />
          </Form.Item>
        )}
        {link === 'cadreId' && (
          <Form.Item name="cadreId" label={t('users.cadre')} required extra={user?.cadreName}>
            <CadrePicker selfId={user?.id} />
          </Form.Item>
        )}
        {!user && (
          <Form.Item name="password" label={t('users.password')} required extra={t('users.passwordHint')}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={saving} data-testid="user-submit">
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
