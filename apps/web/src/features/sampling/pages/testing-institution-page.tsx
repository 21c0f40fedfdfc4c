import { App, Button, Card, Form, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TTestingInstitution } from '@shian/shared/sampling';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { createInstitution, listInstitutions } from '../api/sampling-api.ts';

export function TestingInstitutionPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { data, error, loading, reload } = useApi((signal) => listInstitutions(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;

  async function submit() {
    const values = await form.validateFields();
    try {
      await createInstitution(values);
      form.resetFields();
      reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Card title={t('sampling.institutionsTitle')}>
      <Table<TTestingInstitution>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        columns={[
          { title: t('sampling.institutionName'), dataIndex: 'name' },
          { title: t('sampling.qualificationNo'), dataIndex: 'qualificationNo' },
          { title: t('sampling.contact'), dataIndex: 'contact' },
        ]}
      />
      <Form form={form} layout="inline" style={{ marginTop: 16 }}>
        <Form.Item name="name" rules={[{ required: true }]}>
          <Input placeholder={t('sampling.institutionName')} maxLength={100} />
        </Form.Item>
        <Form.Item name="qualificationNo" rules={[{ required: true }]}>
          <Input placeholder={t('sampling.qualificationNo')} maxLength={50} />
        </Form.Item>
        <Form.Item name="contact">
          <Input placeholder={t('sampling.contact')} maxLength={100} />
        </Form.Item>
        <Button onClick={submit}>{t('sampling.newInstitution')}</Button>
      </Form>
    </Card>
  );
}
