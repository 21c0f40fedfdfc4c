import { useEffect } from 'react';
import { App, Card, Form, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ZOperatorPatch, type TOperator } from '@shian/shared/operator';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { maySetJurisdiction } from '@shian/shared/access';
import { LoadError } from '../../../components/load-error.tsx';
import { getOperator, patchOperator } from '../api/operators-api.ts';
import { OperatorForm } from '../components/operator-form.tsx';
import { toFormValues, toPatchInput, type TOperatorFormValues } from '../components/operator-form-values.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { isVersionConflict, useVersionConflict } from '../hooks/use-version-conflict.ts';

export function OperatorEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me } = useAuth();
  const withJurisdiction = !!me && maySetJurisdiction(me.scope);
  const [form] = Form.useForm<TOperatorFormValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  const showConflict = useVersionConflict();
  const { data, error, reload } = useApi<TOperator>((signal) => getOperator(id, signal), [id]);

  // A reload after a conflict brings a new version: start the form afresh from it
  // (the form store would otherwise keep the stale edits over the new initial values).
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets only when another operator or version arrives, not on every reload of the same one
  useEffect(() => {
    if (data) form.resetFields();
  }, [data?.id, data?.version, form]);

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data || data.id !== id) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const operator = data;
  const personnelLocked = operator.personnel.some((p) => p.phoneMasked);

  async function onFinish(values: TOperatorFormValues) {
    const input = toPatchInput(values, operator.version, { withPersonnel: !personnelLocked, withJurisdiction });
    const saved = await submit(
      ZOperatorPatch,
      input,
      (body) => patchOperator(operator.id, body),
      (apiError) => {
        if (!isVersionConflict(apiError)) return false;
        showConflict(reload);
        return true;
      },
    );
    if (!saved) return;
    message.success(t('operators.form.saved'));
    navigate(`/operators/${saved.id}`, { replace: true });
  }

  return (
    <Card title={t('operators.form.editTitle')}>
      <OperatorForm
        form={form}
        mode="edit"
        initialValues={toFormValues(operator)}
        currentUnit={{ code: operator.unitCode, name: operator.unitName }}
        personnelLocked={personnelLocked}
        jurisdictionLocked={!withJurisdiction}
        problems={problems}
        saving={saving}
        onFinish={(values) => void onFinish(values)}
        onCancel={() => navigate(`/operators/${operator.id}`)}
      />
    </Card>
  );
}
