import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { VERDICTS, type TSample, type TTestingInstitution } from '@shian/shared/sampling';
import { saveReport } from '../api/sampling-api.ts';
import { showFieldErrors } from './field-errors.ts';

type TItemValues = { name: string; value: string; unit?: string; limitText?: string; limitMin?: number | null; limitMax?: number | null; standard?: string; verdict: string };
type TValues = { reportNo: string; institutionId?: string; issuedOn: Dayjs; items: TItemValues[] };

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Entry by hand of a lab's report; the server checks units and verdicts item by item. */
export function ReportForm({ sample, institutions, onSaved }: { sample: TSample; institutions: TTestingInstitution[]; onSaved: (sample: TSample) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [saving, setSaving] = useState(false);
  const report = sample.report;
  const initial: Partial<TValues> = report
    ? {
        reportNo: report.reportNo,
        institutionId: report.institutionId ?? undefined,
        issuedOn: dayjs(report.issuedOn),
        items: report.items.map((i) => ({ ...i, unit: i.unit ?? undefined, limitText: i.limitText ?? undefined, standard: i.standard ?? undefined })),
      }
    : { institutionId: sample.institutionId ?? undefined, issuedOn: dayjs(), items: [{ name: '', value: '', verdict: 'conforming' }] };

  async function submit(values: TValues) {
    setSaving(true);
    try {
      const saved = await saveReport(sample.id, {
        version: sample.version,
        reportNo: values.reportNo,
        institutionId: values.institutionId ?? null,
        issuedOn: values.issuedOn.format('YYYY-MM-DD'),
        items: values.items.map((i) => ({
          name: i.name,
          value: i.value,
          unit: blank(i.unit),
          limitText: blank(i.limitText),
          limitMin: i.limitMin ?? null,
          limitMax: i.limitMax ?? null,
          standard: blank(i.standard),
          verdict: i.verdict as (typeof VERDICTS)[number],
        })),
      });
      message.success(t('sampling.reportSaved'));
      onSaved(saved);
    } catch (e) {
      message.error(showFieldErrors(form, e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<TValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      <Flex gap={12} wrap>
        <Form.Item name="reportNo" label={t('sampling.reportNo')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('sampling.issuedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="institutionId" label={t('sampling.institution')}>
          <Select allowClear style={{ minWidth: 200 }} options={institutions.map((i) => ({ value: i.id, label: i.name }))} />
        </Form.Item>
      </Flex>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
                <Form.Item name={[field.name, 'name']} label={t('sampling.itemName')} rules={[{ required: true }]}>
                  <Input style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'value']} label={t('sampling.value')} rules={[{ required: true }]}>
                  <Input style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} label={t('sampling.unit')}>
                  <Input style={{ width: 80 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'limitText']} label={t('sampling.limitText')}>
                  <Input style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'limitMin']} label={t('sampling.limitMin')}>
                  <InputNumber style={{ width: 80 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'limitMax']} label={t('sampling.limitMax')}>
                  <InputNumber style={{ width: 80 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'standard']} label={t('sampling.standard')}>
                  <Input style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'verdict']} label={t('sampling.itemVerdict')}>
                  <Select style={{ width: 100 }} options={VERDICTS.map((v) => ({ value: v, label: t(`sampling.verdicts.${v}`) }))} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('sampling.removeItem')} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ verdict: 'conforming' })} style={{ marginBottom: 16 }}>
              {t('sampling.addItem')}
            </Button>
          </>
        )}
      </Form.List>
      <div>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('sampling.save')}
        </Button>
      </div>
    </Form>
  );
}
