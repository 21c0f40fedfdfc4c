import { useState } from 'react';
import { Button, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_ISSUE_TYPE_NAMES,
  COMPLAINT_ISSUE_TYPES,
  COMPLAINT_TRADE_NAMES,
  COMPLAINT_TRADES,
  type TComplaintIssueType,
  type TComplaintTrade,
} from '@shian/shared/complaint';
import type { TComplaintClassification } from '@shian/shared/complaint-classification';
import { useAction } from '../../../components/use-action.ts';
import { correctClassification } from '../api/complaint-classification-api.ts';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';

type TForm = { trade: TComplaintTrade; issueType: TComplaintIssueType };
export type TCorrectable = { id: string; registrationNo: string; trade: TComplaintTrade | null; issueType: TComplaintIssueType | null; version: number };

/** Staff correct a complaint's trade and issue type; the correction is kept for the next training. */
export function CorrectionButton({ complaint, onSaved }: { complaint: TCorrectable; onSaved: (next: TComplaintClassification) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<TForm>();
  const { busy, run } = useAction();

  async function save(values: TForm) {
    const next = await run(() => correctClassification(complaint.id, { ...values, version: complaint.version }), t('complaintClassification.saved'));
    if (next) {
      setOpen(false);
      onSaved(next);
    }
  }

  return (
    <>
      <Button size="small" data-testid="classification-correct" onClick={() => setOpen(true)}>
        {t('complaintClassification.correct')}
      </Button>
      <Modal
        open={open}
        title={t('complaintClassification.correctTitle', { registrationNo: complaint.registrationNo })}
        okText={t('common.save')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ trade: complaint.trade ?? undefined, issueType: complaint.issueType ?? undefined }} onFinish={(v) => void save(v)}>
          <Form.Item name="trade" label={t('complaintClassification.trade')} rules={[{ required: true }]}>
            <Select data-testid="classification-trade" options={COMPLAINT_TRADES.map((value) => ({ value, label: nameIn(COMPLAINT_TRADE_NAMES, value, lang) }))} />
          </Form.Item>
          <Form.Item name="issueType" label={t('complaintClassification.issueType')} rules={[{ required: true }]}>
            <Select data-testid="classification-issue-type" options={COMPLAINT_ISSUE_TYPES.map((value) => ({ value, label: nameIn(COMPLAINT_ISSUE_TYPE_NAMES, value, lang) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
