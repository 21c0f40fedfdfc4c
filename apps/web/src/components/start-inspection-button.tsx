import { useEffect, useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, App, Button, Form, Modal } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { InspectionStartFields, type TInspectionStartValues } from './inspection-start-fields.tsx';
import { asApiError } from '../api/client.ts';
import { useAuth } from '../auth/auth-context.ts';
import { createInspection, eligibleInspectors, type TEligibleInspector } from '../api/inspection-start.ts';

/**
 * Starts an inspection of the operator. With a plan entry (the workbench opens `/operators/:id?planEntryId=`),
 * the dialog opens at once and the inspection is made for the entry, which it completes when it closes.
 */
export function StartInspectionButton({ operatorId, planEntryId = null }: { operatorId: string; planEntryId?: string | null }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TInspectionStartValues>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [inspectors, setInspectors] = useState<TEligibleInspector[]>([]);

  async function show() {
    setOpen(true);
    try {
      setInspectors(await eligibleInspectors(operatorId));
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per plan entry the page is opened for, not again after a cancel
  useEffect(() => {
    if (planEntryId) void show();
  }, [planEntryId]);

  // The inspector who starts it usually takes part: preselected once the list is known.
  useEffect(() => {
    if (open && me && inspectors.some((i) => i.id === me.id) && !form.getFieldValue('inspectorIds')?.length) {
      form.setFieldValue('inspectorIds', [me.id]);
    }
  }, [open, inspectors, me, form]);

  async function submit(values: TInspectionStartValues) {
    setSaving(true);
    try {
      const created = await createInspection({
        operatorId,
        kind: values.kind,
        inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
        inspectorIds: values.inspectorIds,
        planEntryId,
        followUpOf: null,
      });
      navigate(`/inspections/${created.id}`);
    } catch (e) {
      const error = asApiError(e);
      form.setFields(error.fields.map((f) => ({ name: f.path.split('.')[0] as keyof TInspectionStartValues, errors: [f.message] })));
      if (error.fields.length === 0) message.error(error.message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <Button type="primary" icon={<AuditOutlined />} onClick={() => void show()} data-testid="inspection-start">
        {t('inspections.start')}
      </Button>
      <Modal
        open={open}
        title={t('inspections.startTitle')}
        okText={t('inspections.start')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'inspection-start-confirm' } as ButtonProps}
        destroyOnHidden
      >
        {planEntryId && <Alert type="info" showIcon message={t('inspections.startForPlan')} style={{ marginBottom: 12 }} data-testid="inspection-start-plan" />}
        <Form form={form} layout="vertical" initialValues={{ kind: 'routine', inspectedOn: dayjs(), inspectorIds: [] }} onFinish={(v) => void submit(v)}>
          <InspectionStartFields inspectors={inspectors} testId="inspection-inspectors" />
        </Form>
      </Modal>
    </>
  );
}
