import { useState } from 'react';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { HEAVIER_PENALTIES, HEAVIER_PENALTY_CODES, LISTING_GROUND_CODES, ZListEntryCreate, type TCreditPenalty } from '@shian/shared/credit';
import { asApiError } from '../../../api/client.ts';
import { showServerFieldErrors, validateWithSchema } from '../../../components/zod-form.ts';
import { useLang } from '../../../lib/i18n.ts';
import { proposeEntry } from '../api/credit-api.ts';
import { groundText } from './credit-tags.tsx';

type TValues = {
  grounds?: string[];
  heavierPenalties?: string[];
  caseId?: string;
  penaltyDecisionNo?: string;
  penaltyDecidedOn?: Dayjs;
  facts?: string;
  priorNoticeOn?: Dayjs;
  restrictionEndsOn?: Dayjs;
};

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

/** Staff propose a listing from the operator's credit record; a penalty decision of the record fills the number and date. */
export function ProposeDrawer({ operatorId, penalties, open, onClose }: { operatorId: string; penalties: TCreditPenalty[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  function pickCase(caseId: string | undefined) {
    const p = penalties.find((x) => x.caseId === caseId);
    if (p) form.setFieldsValue({ penaltyDecisionNo: p.decisionNo });
  }

  async function submit(values: TValues) {
    const body = {
      operatorId,
      grounds: values.grounds ?? [],
      heavierPenalties: values.heavierPenalties ?? [],
      caseId: values.caseId || undefined,
      penaltyDecisionNo: values.penaltyDecisionNo ?? '',
      penaltyDecidedOn: day(values.penaltyDecidedOn) ?? '',
      facts: values.facts ?? '',
      priorNoticeOn: day(values.priorNoticeOn) ?? '',
      restrictionEndsOn: day(values.restrictionEndsOn),
    };
    const checked = validateWithSchema(form, ZListEntryCreate, body, lang);
    if (!checked.ok) return setProblem(checked.unplaced[0] ?? null);
    setBusy(true);
    try {
      const created = await proposeEntry(checked.data);
      message.success(t('credit.propose.done'));
      navigate(`/credit/list-entries/${created.id}`);
    } catch (e) {
      const error = asApiError(e);
      setProblem(showServerFieldErrors(form, error.fields)[0] ?? (error.fields.length ? null : error.message));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer title={t('credit.propose.title')} open={open} onClose={onClose} width={Math.min(560, window.innerWidth)} destroyOnHidden>
      <Alert type="info" showIcon message={t('credit.propose.hint')} style={{ marginBottom: 12 }} />
      {problem && <Alert type="error" message={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="grounds" label={t('credit.entry.grounds')}>
          <Select mode="multiple" data-testid="propose-grounds" options={LISTING_GROUND_CODES.map((g) => ({ value: g, label: groundText(g, lang) }))} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="heavierPenalties" label={t('credit.entry.heavierPenalties')}>
          <Select
            mode="multiple"
            data-testid="propose-heavier"
            options={HEAVIER_PENALTY_CODES.map((p) => ({
              value: p,
              label: `${lang === 'en' ? HEAVIER_PENALTIES[p].en : HEAVIER_PENALTIES[p].zh}（${HEAVIER_PENALTIES[p].article}）`,
            }))}
          />
        </Form.Item>
        {penalties.length > 0 && (
          <Form.Item name="caseId" label={t('credit.propose.caseId')}>
            <Select allowClear onChange={pickCase} options={penalties.map((p) => ({ value: p.caseId, label: `${p.decisionNo} · ${p.decidedOn}` }))} />
          </Form.Item>
        )}
        <Form.Item name="penaltyDecisionNo" label={t('credit.entry.penaltyDecisionNo')}>
          <Input maxLength={100} data-testid="propose-decision-no" />
        </Form.Item>
        <Form.Item name="penaltyDecidedOn" label={t('credit.entry.penaltyDecidedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="facts" label={t('credit.entry.facts')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="priorNoticeOn" label={t('credit.entry.priorNoticeOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="restrictionEndsOn" label={t('credit.entry.restrictionEndsOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('credit.propose.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
