import type { ButtonProps } from 'antd';
import { Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { InspectionStartFields, type TInspectionStartValues } from '../../../components/inspection-start-fields.tsx';
import { useAuth } from '../../../auth/auth-context.ts';
import { startDraft, type TInspectionKit } from '../offline/inspection-drafts.ts';

/** Starts an inspection on the device from a prepared kit: the same choices as online, no network needed. */
export function StartDraftDialog({ kit, onClose }: { kit: TInspectionKit; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<TInspectionStartValues>();
  const mine = me && kit.inspectors.some((i) => i.id === me.id) ? [me.id] : [];

  async function submit(values: TInspectionStartValues) {
    const names = new Map(kit.inspectors.map((i) => [i.id, i.displayName]));
    const create = {
      operatorId: kit.operatorId,
      kind: values.kind,
      inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
      inspectorIds: values.inspectorIds,
      planEntryId: null,
      followUpOf: null,
    };
    navigate(`/inspections/offline/${await startDraft(kit, create, names)}`);
  }

  return (
    <Modal
      open
      title={`${t('offline.startOffline')} · ${kit.operatorName}`}
      okText={t('inspections.start')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'draft-start-confirm' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'routine', inspectedOn: dayjs(), inspectorIds: mine }} onFinish={(v) => void submit(v)}>
        <InspectionStartFields inspectors={kit.inspectors} testId="draft-inspectors" />
      </Form>
    </Modal>
  );
}
