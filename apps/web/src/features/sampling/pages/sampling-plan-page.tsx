import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Progress, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NEXT_PLAN_STATUS, type TPlanProgress } from '@shian/shared/sampling';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAuth } from '../../../auth/auth-context.ts';
import { createTask, getPlan, listStations, patchPlan, planProgress, updateTask } from '../api/sampling-api.ts';

type TTaskRow = TPlanProgress['tasks'][number];

const percent = (taken: number, quantity: number) => (quantity ? Math.min(100, Math.round((taken / quantity) * 100)) : 0);

export function SamplingPlanPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const [form] = Form.useForm();
  const [editForm] = Form.useForm<{ month: number; quantity: number }>();
  const [editing, setEditing] = useState<TTaskRow | null>(null);
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

  function startEdit(task: TTaskRow) {
    setEditing(task);
    editForm.setFieldsValue({ month: task.month, quantity: task.quantity });
  }

  async function saveTask() {
    if (!editing) return;
    const values = await editForm.validateFields();
    try {
      await updateTask(id, editing.id, { version: editing.version, ...values });
      message.success(t('sampling.taskSaved'));
      setEditing(null);
      progress.reload();
    } catch (e) {
      message.error(asApiError(e).message);
      progress.reload();
    }
  }

  // Only the district pushes and adjusts tasks; a station reads its own.
  const mayEdit = data !== undefined && data.status !== 'closed' && me?.scope === 'district';

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
          <Progress
            percent={percent(progress.data.taken, progress.data.quantity)}
            format={() => t('sampling.taken', { taken: progress.data!.taken, quantity: progress.data!.quantity })}
          />
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
            ...(mayEdit
              ? [
                  {
                    key: 'edit',
                    render: (_: unknown, task: TTaskRow) => (
                      <Button size="small" onClick={() => startEdit(task)} data-testid="edit-task">
                        {t('sampling.editTask')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Modal
          open={editing !== null}
          title={editing && t('sampling.editTaskTitle', { station: editing.stationName, category: editing.foodCategory })}
          onOk={() => void saveTask()}
          onCancel={() => setEditing(null)}
          destroyOnHidden
        >
          <Form form={editForm} layout="vertical">
            <Form.Item name="month" label={t('sampling.month')} rules={[{ required: true }]}>
              <InputNumber min={1} max={12} precision={0} />
            </Form.Item>
            <Form.Item name="quantity" label={t('sampling.quantity')} rules={[{ required: true }]} extra={editing && t('sampling.editTaskHint', { taken: editing.taken })}>
              <InputNumber min={1} precision={0} data-testid="edit-task-quantity" />
            </Form.Item>
          </Form>
        </Modal>
        {mayEdit && (
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
