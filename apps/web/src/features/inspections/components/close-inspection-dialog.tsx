import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, Checkbox, Flex, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { deriveInspectionResult, MAX_RECTIFICATION_WORKING_DAYS, type TInspection, type TInspectionClose } from '@shian/shared/inspection';
import { asApiError, type ApiError } from '../../../api/client.ts';
import { InspectionResultTag } from '../../../components/inspection-result-tag.tsx';
import { useWorkingDays } from './working-days.ts';

type TProps = {
  inspection: TInspection;
  /** Closes on the server, or on the device for an offline draft. */
  onSubmit: (body: TInspectionClose) => Promise<TInspection>;
  open: boolean;
  onClose: () => void;
  onClosed: (closed: TInspection) => void;
};
type TDemand = { demand: string; workingDays: number };

const DEFAULT_WORKING_DAYS = 10;

export function CloseInspectionDialog({ inspection, onSubmit, open, onClose, onClosed }: TProps) {
  const { t } = useTranslation();
  const failed = inspection.items.filter((i) => i.outcome === 'nonconforming');
  const [demands, setDemands] = useState<Record<string, TDemand>>({});
  const [publish, setPublish] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const dueAfter = useWorkingDays(inspection.inspectedOn);
  const { result } = deriveInspectionResult(inspection.items);
  const demandOf = (id: string, note: string): TDemand => demands[id] ?? { demand: note, workingDays: DEFAULT_WORKING_DAYS };

  async function submit() {
    setSaving(true);
    setError(null);
    try {
      const rectifications = failed.map((item) => ({ itemId: item.id, ...demandOf(item.id, item.note) }));
      onClosed(await onSubmit({ version: inspection.version, rectifications, publish }));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('inspections.closeTitle')}
      okText={t('inspections.confirmClose')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'inspection-close-confirm' } as ButtonProps}
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center">
          <Typography.Text strong>{t('inspections.computedResult')}</Typography.Text>
          <InspectionResultTag result={result} status="open" />
        </Flex>
        {error && (
          <Alert
            type="error"
            message={error.message}
            description={
              error.fields.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {error.fields.map((f, i) => (
                    <li key={i}>{f.message}</li>
                  ))}
                </ul>
              )
            }
          />
        )}
        <Typography.Text strong>{t('inspections.demands')}</Typography.Text>
        {failed.length === 0 && <Typography.Text type="secondary">{t('inspections.noDemands')}</Typography.Text>}
        {failed.map((item) => {
          const value = demandOf(item.id, item.note);
          const due = dueAfter(value.workingDays);
          return (
            <Flex key={item.id} vertical gap={6} data-testid="close-demand" style={{ borderLeft: '3px solid #cf1322', paddingLeft: 8 }}>
              <Typography.Text>
                {item.position}. {item.content}
              </Typography.Text>
              <Input.TextArea
                value={value.demand}
                autoSize={{ minRows: 2 }}
                maxLength={1000}
                placeholder={t('inspections.demandPlaceholder')}
                aria-label={t('inspections.demand')}
                onChange={(e) => setDemands({ ...demands, [item.id]: { ...value, demand: e.target.value } })}
              />
              <Flex gap={8} align="center" wrap>
                <Typography.Text type="secondary">{t('inspections.workingDays')}</Typography.Text>
                <InputNumber
                  min={1}
                  max={MAX_RECTIFICATION_WORKING_DAYS}
                  value={value.workingDays}
                  onChange={(n) => setDemands({ ...demands, [item.id]: { ...value, workingDays: n ?? 1 } })}
                />
                {due && <Typography.Text data-testid="close-due">{t('inspections.dueOn', { date: due })}</Typography.Text>}
              </Flex>
            </Flex>
          );
        })}
        <Checkbox checked={publish} onChange={(e) => setPublish(e.target.checked)}>
          {t('inspections.publish')}
        </Checkbox>
      </Flex>
    </Modal>
  );
}
