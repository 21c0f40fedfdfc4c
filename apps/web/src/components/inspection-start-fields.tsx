import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { INSPECTION_KINDS, type TInspectionKind } from '@shian/shared/inspection';

export type TInspectionStartValues = { kind: TInspectionKind; inspectedOn: Dayjs; inspectorIds: string[] };

/** The choices that start an inspection (kind, date, at least two inspectors), online and on the device alike. */
export function InspectionStartFields({ inspectors, testId }: { inspectors: { id: string; displayName: string }[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="kind" label={t('inspections.kind')} rules={[{ required: true }]}>
        <Select options={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`inspections.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="inspectedOn" label={t('inspections.inspectedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
      <Form.Item
        name="inspectorIds"
        label={t('inspections.inspectors')}
        extra={t('inspections.inspectorsHint')}
        rules={[{ required: true, type: 'array', min: 2, message: t('inspections.inspectorsHint') }]}
      >
        <Select mode="multiple" data-testid={testId} optionFilterProp="label" options={inspectors.map((i) => ({ value: i.id, label: i.displayName }))} />
      </Form.Item>
    </>
  );
}
