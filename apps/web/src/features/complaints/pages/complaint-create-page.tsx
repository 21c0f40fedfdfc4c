import { Button, Card, DatePicker, Flex, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ZComplaintCreate } from '@shian/shared/complaint';
import { createComplaint } from '../api/complaints-api.ts';
import { ComplaintFields, toIntake, type TComplaintFormValues } from '../components/complaint-fields.tsx';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { FormProblems } from '../../../components/form-problems.tsx';

type TValues = TComplaintFormValues & { receivedAt?: Dayjs };

/** Staff entry of a complaint taken by phone, letter or at the counter. */
export function ComplaintCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form, { toastFieldReason: true });

  async function onFinish(values: TValues) {
    const input = { ...toIntake(values), receivedAt: values.receivedAt?.format() };
    const created = await submit(ZComplaintCreate, input, createComplaint);
    if (created) navigate(`/complaints/${created.id}`, { replace: true });
  }

  return (
    <Card title={t('complaints.form.createTitle')}>
      <Form<TValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={{ kind: 'complaint', anonymous: false, receivedAt: dayjs() }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="receivedAt" label={t('complaints.form.receivedAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <ComplaintFields />
        <FormProblems problems={problems} />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('complaints.submit')}
          </Button>
          <Button onClick={() => navigate('/complaints')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
