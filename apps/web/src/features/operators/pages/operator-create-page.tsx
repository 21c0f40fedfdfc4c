import { App, Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ZOperatorCreate } from '@shian/shared/operator';
import { createOperator } from '../api/operators-api.ts';
import { OperatorForm } from '../components/operator-form.tsx';
import { toCreateInput, type TOperatorFormValues } from '../components/operator-form-values.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';

export function OperatorCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TOperatorFormValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);

  async function onFinish(values: TOperatorFormValues) {
    const created = await submit(ZOperatorCreate, toCreateInput(values), createOperator);
    if (!created) return;
    message.success(t('operators.form.created'));
    navigate(`/operators/${created.id}`, { replace: true });
  }

  return (
    <Card title={t('operators.form.createTitle')}>
      <OperatorForm form={form} mode="create" problems={problems} saving={saving} onFinish={(values) => void onFinish(values)} onCancel={() => navigate('/operators')} />
    </Card>
  );
}
