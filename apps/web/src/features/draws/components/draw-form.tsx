import { Button, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TDrawCreate } from '@shian/shared/draw';
import { OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import { RISK_GRADES } from '@shian/shared/risk';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../lib/i18n.ts';

type TValues = { name: string; operatorCount: number; inspectorsPerOperator: number; type?: string; riskGrade?: string; seed?: string };

export function DrawForm({ onDraw, busy }: { onDraw: (body: Partial<TDrawCreate>) => void; busy: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  function submit(v: TValues) {
    onDraw({
      name: v.name,
      operatorCount: v.operatorCount,
      inspectorsPerOperator: v.inspectorsPerOperator,
      filter: { ...(v.type ? { type: v.type } : {}), ...(v.riskGrade ? { riskGrade: v.riskGrade } : {}) } as TDrawCreate['filter'],
      ...(v.seed?.trim() ? { seed: v.seed.trim() } : {}),
    });
  }
  return (
    <Form<TValues> layout="vertical" onFinish={submit} initialValues={{ operatorCount: 10, inspectorsPerOperator: 2 }} style={{ maxWidth: 720 }}>
      <Form.Item name="name" label={t('draws.name')} rules={[{ required: true, message: t('draws.nameRequired') }]}>
        <Input placeholder={t('draws.namePlaceholder')} data-testid="draw-name" />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', columnGap: 12 }}>
        <Form.Item name="operatorCount" label={t('draws.operatorCount')}>
          <InputNumber min={1} max={1000} style={{ width: '100%' }} data-testid="draw-count" />
        </Form.Item>
        <Form.Item name="inspectorsPerOperator" label={t('draws.inspectorsPerOperator')}>
          <InputNumber min={2} max={5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="type" label={t('draws.type')}>
          <Select allowClear options={dictionaryOptions(OPERATOR_TYPE_NAMES, lang)} placeholder={t('draws.any')} />
        </Form.Item>
        <Form.Item name="riskGrade" label={t('draws.riskGrade')}>
          <Select allowClear options={RISK_GRADES.map((g) => ({ value: g, label: g }))} placeholder={t('draws.any')} />
        </Form.Item>
      </div>
      <Form.Item name="seed" label={t('draws.seed')} extra={t('draws.seedHint')}>
        <Input data-testid="draw-seed" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="draw-run">
        {t('draws.run')}
      </Button>
    </Form>
  );
}
