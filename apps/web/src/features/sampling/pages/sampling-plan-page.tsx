import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Progress, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NEXT_PLAN_STATUS, type TPlanProgress } from '@shian/shared/sampling';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { createTask, getPlan, listStations, patchPlan, planProgress } from '../api/sampling-api.ts';

const percent = (taken: number, quantity: number) => (quantity ? Math.min(100, Math.round((taken / quantity) * 100)) : 0);

export function SamplingPlanPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [form] = Form.useForm();
  const plan = useApi((signal) => getPlan(id, signal), [id]);
  const progress = useApi((signal) => planProgress(id, signal), [id]);
  const stations = useApi((signal) => listStations(signal), []);
  if (plan.error) return <LoadError error={plan.error} onRetry={plan.reload} />;
  const data = plan.data;
  const next = data ? NEXT_PLAN_STATUS[data.status] : null;

  async function advance() {
    if (!data || !next) return;
    try {
      plan.setData(await patchPlan(id, { version: data.version, status: next }));
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  async function addTask() {
    const values = await form.validateFields();
    try {
      await createTask(id, values);
      form.resetFields();
      plan.reload();
      progress.reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Flex vertical gap={16}>
      <Card
        loading={!data}
        title={data?.name}
        extra={
          next && (
            <Button type="primary" onClick={advance} data-testid="advance-plan">
              {next === 'active' ? t('sampling.activate') : t('sampling.close')}
            </Button>
          )
        }
      >
        {data && (
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
            <Descriptions.Item label={t('sampling.year')}>{data.year}</Descriptions.Item>
            <Descriptions.Item label={t('sampling.kind')}>{t(`sampling.kinds.${data.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('sampling.publishPolicy')}>{t(`sampling.publishPolicies.${data.publishPolicy}`)}</Descriptions.Item>
            <Descriptions.Item label={t('sampling.status')}>
              <Tag>{t(`sampling.planStatuses.${data.status}`)}</Tag>
            </Descriptions.Item>
          </Descriptions>
        )}
        {progress.data && (
          <Progress percent={percent(progress.data.taken, progress.data.quantity)} format={() => t('sampling.taken', { taken: progress.data!.taken, quantity: progress.data!.quantity })} />
        )}
      </Card>
      <Card title={t('sampling.tasks')}>
        <Table<TPlanProgress['tasks'][number]>
          rowKey="id"
          size="small"
          loading={progress.loading}
          dataSource={progress.data?.tasks ?? []}
          pagination={false}
          locale={{ emptyText: t('sampling.noTasks') }}
          columns={[
            { title: t('sampling.month'), dataIndex: 'month' },
            { title: t('sampling.station'), dataIndex: 'stationName' },
            { title: t('sampling.foodCategory'), dataIndex: 'foodCategory' },
            {
              title: t('sampling.progress'),
              key: 'progress',
              render: (_, task) => <Progress size="small" percent={percent(task.taken, task.quantity)} format={() => `${task.taken}/${task.quantity}`} />,
            },
          ]}
        />
        {data && data.status !== 'closed' && (
          <Form form={form} layout="inline" style={{ marginTop: 16 }}>
            <Form.Item name="stationId" rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 180 }}
                placeholder={t('sampling.station')}
                options={(stations.data?.stations ?? []).filter((s) => s.kind === 'station').map((s) => ({ value: s.id, label: s.name }))}
              />
            </Form.Item>
            <Form.Item name="foodCategory" rules={[{ required: true }]}>
              <Input placeholder={t('sampling.foodCategory')} maxLength={50} />
            </Form.Item>
            <Form.Item name="month" rules={[{ required: true }]}>
              <InputNumber placeholder={t('sampling.month')} min={1} max={12} />
            </Form.Item>
            <Form.Item name="quantity" rules={[{ required: true }]}>
              <InputNumber placeholder={t('sampling.quantity')} min={1} />
            </Form.Item>
            <Space>
              <Button onClick={addTask}>{t('sampling.addTask')}</Button>
            </Space>
          </Form>
        )}
      </Card>
    </Flex>
  );
}
