import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PLAN_KINDS, PUBLISH_POLICIES, type TSamplingPlan } from '@shian/shared/sampling';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { asApiError } from '../../../api/client.ts';
import { createPlan, listPlans } from '../api/sampling-api.ts';

export function SamplingPlanListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listPlans({ page, pageSize }, signal));

  async function submit() {
    const values = await form.validateFields();
    try {
      const created = await createPlan(values);
      setOpen(false);
      navigate(`/sampling/plans/${created.id}`);
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <ListShell
      list={list}
      title={t('sampling.plansTitle')}
      extra={
        <Button type="primary" onClick={() => setOpen(true)} data-testid="new-plan">
          {t('sampling.newPlan')}
        </Button>
      }
      table={{ rowKey: 'id' }}
      columns={[
        { title: t('sampling.planName'), dataIndex: 'name', render: (name: string, plan) => <Link to={`/sampling/plans/${plan.id}`}>{name}</Link> },
        { title: t('sampling.year'), dataIndex: 'year' },
        { title: t('sampling.kind'), dataIndex: 'kind', render: (kind: TSamplingPlan['kind']) => t(`sampling.kinds.${kind}`) },
        { title: t('sampling.publishPolicy'), dataIndex: 'publishPolicy', render: (p: TSamplingPlan['publishPolicy']) => t(`sampling.publishPolicies.${p}`) },
        {
          title: t('sampling.status'),
          dataIndex: 'status',
          render: (s: TSamplingPlan['status']) => <Tag color={s === 'active' ? 'blue' : undefined}>{t(`sampling.planStatuses.${s}`)}</Tag>,
        },
      ]}
    >
      <Modal open={open} title={t('sampling.newPlan')} onCancel={() => setOpen(false)} onOk={submit} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear(), kind: 'yearly', publishPolicy: 'all' }}>
          <Form.Item name="name" label={t('sampling.planName')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="year" label={t('sampling.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="kind" label={t('sampling.kind')}>
            <Select options={PLAN_KINDS.map((k) => ({ value: k, label: t(`sampling.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="publishPolicy" label={t('sampling.publishPolicy')}>
            <Select options={PUBLISH_POLICIES.map((p) => ({ value: p, label: t(`sampling.publishPolicies.${p}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </ListShell>
  );
}
