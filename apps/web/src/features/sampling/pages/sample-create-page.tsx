import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { createSample, getPlan, listInstitutions, listPlans, searchOperators, stationStaff } from '../api/sampling-api.ts';
import { showFieldErrors } from '../components/field-errors.ts';

type TValues = Record<string, unknown> & { productionDate?: Dayjs; sampledOn: Dayjs; manufacturerKind: 'registered' | 'outside' };

/** The sampling form, one column so that it fits a phone held in the shop. */
export function SampleCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TValues>();
  const [q, setQ] = useState('');
  const [manufacturerQ, setManufacturerQ] = useState('');
  const [saving, setSaving] = useState(false);
  const planId = Form.useWatch('planId', form) as string | undefined;
  const operatorId = Form.useWatch('operatorId', form) as string | undefined;
  const manufacturerKind = Form.useWatch('manufacturerKind', form);
  const plans = useApi((signal) => listPlans({ status: 'active', pageSize: 100 }, signal), []);
  const plan = useApi((signal) => (planId ? getPlan(planId, signal) : Promise.resolve(null)), [planId]);
  const institutions = useApi((signal) => listInstitutions(signal), []);
  const operators = useApi((signal) => searchOperators(q, signal), [q]);
  const manufacturers = useApi((signal) => searchOperators(manufacturerQ, signal), [manufacturerQ]);
  const staff = useApi((signal) => (operatorId ? stationStaff(operatorId, signal) : Promise.resolve([])), [operatorId]);

  async function submit(values: TValues) {
    const { manufacturerKind: kind, productionDate, sampledOn, ...rest } = values;
    setSaving(true);
    try {
      const sample = await createSample({
        ...rest,
        productionDate: productionDate ? productionDate.format('YYYY-MM-DD') : null,
        sampledOn: sampledOn.format('YYYY-MM-DD'),
        manufacturerOperatorId: kind === 'registered' ? ((rest.manufacturerOperatorId as string) ?? null) : null,
        manufacturerName: kind === 'outside' ? ((rest.manufacturerName as string) ?? null) : null,
      });
      message.success(t('sampling.created', { sampleNo: sample.sampleNo }));
      navigate(`/samples/${sample.id}`);
    } catch (e) {
      message.error(showFieldErrors(form, e));
    } finally {
      setSaving(false);
    }
  }

  const text = (name: string, label: string, required = false) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []}>
      <Input data-testid={`sample-${name}`} />
    </Form.Item>
  );

  return (
    <Card title={t('sampling.newSample')} style={{ maxWidth: 560 }}>
      <Form<TValues> form={form} layout="vertical" onFinish={submit} initialValues={{ sampledOn: dayjs(), manufacturerKind: 'outside', accompaniedBy: [] }}>
        <Form.Item name="planId" label={t('sampling.plan')} rules={[{ required: true }]}>
          <Select data-testid="sample-plan" options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="taskId" label={t('sampling.task')}>
          <Select
            allowClear
            options={(plan.data?.tasks ?? []).map((task) => ({ value: task.id, label: `${task.month}月 · ${task.stationName} · ${task.foodCategory}（${task.quantity}）` }))}
          />
        </Form.Item>
        <Form.Item name="operatorId" label={t('sampling.operator')} rules={[{ required: true }]}>
          <Select
            data-testid="sample-operator"
            showSearch
            filterOption={false}
            placeholder={t('sampling.operatorSearch')}
            onSearch={setQ}
            options={(operators.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        {text('productName', t('sampling.productName'), true)}
        {text('brand', t('sampling.brand'))}
        {text('specification', t('sampling.specification'))}
        {text('batchNo', t('sampling.batchNo'))}
        <Form.Item name="productionDate" label={t('sampling.productionDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {text('shelfLife', t('sampling.shelfLife'))}
        <Form.Item name="manufacturerKind" label={t('sampling.manufacturer')}>
          <Radio.Group
            options={[
              { value: 'outside', label: t('sampling.manufacturerName') },
              { value: 'registered', label: t('sampling.manufacturerRegistered') },
            ]}
          />
        </Form.Item>
        {manufacturerKind === 'registered' ? (
          <Form.Item name="manufacturerOperatorId" label={t('sampling.manufacturerRegistered')} rules={[{ required: true }]}>
            <Select showSearch filterOption={false} onSearch={setManufacturerQ} options={(manufacturers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        ) : (
          <>
            {text('manufacturerName', t('sampling.manufacturerName'), true)}
            {text('manufacturerAddress', t('sampling.manufacturerAddress'))}
          </>
        )}
        {text('quantity', t('sampling.sampleQuantity'), true)}
        {text('foodCategory', t('sampling.foodCategory'), true)}
        <Form.Item name="sampledOn" label={t('sampling.sampledOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {text('samplerName', t('sampling.samplerName'), true)}
        <Form.Item name="institutionId" label={t('sampling.institution')}>
          <Select allowClear options={(institutions.data ?? []).map((i) => ({ value: i.id, label: i.name }))} />
        </Form.Item>
        <Form.Item name="accompaniedBy" label={t('sampling.accompaniedBy')}>
          <Select mode="multiple" options={(staff.data ?? []).filter((u) => u.role === 'station' || u.role === 'inspector').map((u) => ({ value: u.id, label: u.displayName }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} block data-testid="sample-submit">
          {t('sampling.create')}
        </Button>
      </Form>
    </Card>
  );
}
