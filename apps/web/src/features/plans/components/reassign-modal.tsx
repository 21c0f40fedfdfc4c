import { useState } from 'react';
import { Alert, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPlanEntry } from '@shian/shared/plan';
import { useApi } from '../../../api/use-api.ts';
import { listAssignable } from '../api/plans-api.ts';

/** Picks the inspectors of a plan entry among the station's staff (two at least). */
export function ReassignModal({ entry, onSave, onClose }: { entry: TPlanEntry; onSave: (inspectorIds: string[]) => Promise<string | null>; onClose: () => void }) {
  const { t } = useTranslation();
  const staff = useApi((signal) => listAssignable(entry.stationId, signal), [entry.stationId]);
  const [chosen, setChosen] = useState(entry.inspectors.map((i) => i.id));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    setProblem(await onSave(chosen));
    setSaving(false);
  }

  return (
    <Modal
      open
      title={t('plans.reassignTitle', { name: entry.operatorName })}
      onOk={save}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: chosen.length < 2 }}
    >
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        value={chosen}
        onChange={setChosen}
        loading={staff.loading}
        options={staff.data?.items.map((u) => ({ value: u.id, label: u.displayName }))}
        data-testid="reassign-select"
      />
      {chosen.length < 2 && <Alert style={{ marginTop: 12 }} type="warning" message={t('plans.atLeastTwo')} />}
      {problem && <Alert style={{ marginTop: 12 }} type="error" message={problem} />}
    </Modal>
  );
}
