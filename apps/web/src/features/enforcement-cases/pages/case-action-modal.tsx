import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Radio, Select, Switch, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS, EVIDENCE_KIND_NAMES, type TCaseAction, type TCaseDetail } from '@shian/shared/enforcement-case';
import { useAction } from '../../../components/use-action.ts';
import * as casesApi from '../api/cases-api.ts';
import { PenaltyFields, penaltyBody, ruleKey, type TPenaltyForm } from './penalty-fields.tsx';

type TValues = TPenaltyForm & {
  approve?: boolean;
  opinion?: string;
  detail?: string;
  reason?: string;
  policeUnit?: string;
  hearingRight?: boolean;
  hearingHeldOn?: dayjs.Dayjs;
  hearingRecord?: string;
  decisionOutcome?: 'penalty' | 'no_penalty';
  noPenaltyReason?: string;
  basisLaw?: string;
  basisArticle?: string;
  evidenceTitle?: string;
  evidenceKind?: string;
  collectedOn?: dayjs.Dayjs;
  paperOn?: dayjs.Dayjs;
};

const day = (d: dayjs.Dayjs | undefined) => d?.format('YYYY-MM-DD');
const APPROVALS: TCaseAction[] = ['approve_filing', 'approve_decision', 'approve_extension'];

/** The form of one step; the server checks the order and the rules and answers with the reason. */
export function CaseActionModal({ action, detail, onClose, onDone }: { action: TCaseAction; detail: TCaseDetail; onClose: () => void; onDone: (next: TCaseDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const outcome = Form.useWatch('decisionOutcome', form);
  const [file, setFile] = useState<File | null>(null);
  const { busy, run } = useAction();
  const notice = detail.notice;

  const initial: Partial<TValues> = {
    approve: true,
    hearingRight: false,
    decisionOutcome: 'penalty',
    collectedOn: dayjs(),
    hearingHeldOn: dayjs(),
    basisLaw: '中华人民共和国行政处罚法',
    basisArticle: '33',
    ...(notice
      ? {
          rule: ruleKey(notice.basisArticle, notice.basisParagraph),
          penaltyKinds: notice.kinds,
          fineAmount: notice.fineAmount,
          goodsValue: notice.goodsValue,
          illegalGains: notice.illegalGains,
          confiscation: notice.confiscation ?? undefined,
          factsFound: notice.facts,
        }
      : {}),
  };

  function request(v: TValues): () => Promise<TCaseDetail> {
    const id = detail.id;
    const version = detail.version;
    const paperOn = day(v.paperOn);
    switch (action) {
      case 'approve_filing':
        return () => casesApi.approveFiling(id, { version, approve: !!v.approve, opinion: v.opinion || undefined, paperOn });
      case 'approve_decision':
        return () => casesApi.approveDecision(id, { version, approve: !!v.approve, opinion: v.opinion || undefined, paperOn });
      case 'approve_extension':
        return () => casesApi.approveExtension(id, { version, approve: !!v.approve, opinion: v.opinion || undefined, paperOn });
      case 'add_evidence':
        return () =>
          casesApi.addEvidence(id, file!, { version, evidenceTitle: v.evidenceTitle ?? '', evidenceKind: v.evidenceKind ?? '', collectedOn: day(v.collectedOn) ?? '', paperOn });
      case 'notify':
        return () => casesApi.notify(id, { version, ...penaltyBody(v), hearingRight: !!v.hearingRight, paperOn });
      case 'record_hearing':
        return () => casesApi.recordHearing(id, { version, hearingHeldOn: day(v.hearingHeldOn) ?? '', hearingRecord: v.hearingRecord ?? '', paperOn });
      case 'propose_decision':
        return v.decisionOutcome === 'no_penalty'
          ? () =>
              casesApi.proposeDecision(id, {
                version,
                decisionOutcome: 'no_penalty',
                penaltyKinds: [],
                fineAmount: null,
                goodsValue: null,
                illegalGains: null,
                basisLaw: v.basisLaw ?? '',
                basisArticle: Number(v.basisArticle),
                basisParagraph: 1,
                factsFound: v.factsFound,
                noPenaltyReason: v.noPenaltyReason,
                paperOn,
              })
          : () => casesApi.proposeDecision(id, { version, decisionOutcome: 'penalty', ...penaltyBody(v), paperOn });
      case 'deliver':
        return () => casesApi.deliver(id, { version, detail: v.detail || undefined, paperOn });
      case 'execute':
        return () => casesApi.execute(id, { version, detail: v.detail ?? '', paperOn });
      case 'close':
        return () => casesApi.close(id, { version, detail: v.detail || undefined, paperOn });
      case 'transfer':
        return () => casesApi.transfer(id, { version, policeUnit: v.policeUnit ?? '', reason: v.reason ?? '', paperOn });
      case 'request_extension':
        return () => casesApi.requestExtension(id, { version, reason: v.reason ?? '', paperOn });
      case 'publish':
        return () => casesApi.publish(id, version);
    }
  }

  async function submit(v: TValues) {
    const next = await run(request(v), t('enforcementCases.saved'));
    if (next) onDone(next);
  }

  const penalty = action === 'notify' || (action === 'propose_decision' && outcome !== 'no_penalty');
  return (
    <Modal open title={t(`enforcementCases.actions.${action}`)} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        {APPROVALS.includes(action) && (
          <>
            {action === 'approve_extension' && detail.extensionRequest && (
              <p>{t('enforcementCases.extensionPending', { name: detail.extensionRequest.requestedByName ?? '', reason: detail.extensionRequest.reason })}</p>
            )}
            <Form.Item name="approve">
              <Radio.Group
                options={[
                  { value: true, label: t('enforcementCases.approve') },
                  { value: false, label: t('enforcementCases.reject') },
                ]}
              />
            </Form.Item>
            <Form.Item name="opinion" label={t('enforcementCases.opinion')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {action === 'add_evidence' && (
          <>
            <Form.Item name="evidenceTitle" label={t('enforcementCases.evidenceTitle')} rules={[{ required: true, max: 200 }]}>
              <Input data-testid="evidence-title" />
            </Form.Item>
            <Form.Item name="evidenceKind" label={t('enforcementCases.evidenceKind')} rules={[{ required: true }]}>
              <Select data-testid="evidence-kind" options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_NAMES[k] }))} />
            </Form.Item>
            <Form.Item name="collectedOn" label={t('enforcementCases.collectedOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item label={t('enforcementCases.evidenceFile')} required>
              <Upload
                maxCount={1}
                accept="image/jpeg,image/png,image/webp,application/pdf,.docx"
                beforeUpload={(f) => {
                  setFile(f);
                  return false;
                }}
                onRemove={() => setFile(null)}
              >
                <Button icon={<UploadOutlined />} data-testid="evidence-file">
                  {t('enforcementCases.evidenceFile')}
                </Button>
              </Upload>
            </Form.Item>
          </>
        )}
        {action === 'propose_decision' && (
          <Form.Item name="decisionOutcome" label={t('enforcementCases.outcome')}>
            <Radio.Group options={(['penalty', 'no_penalty'] as const).map((o) => ({ value: o, label: t(`enforcementCases.outcomes.${o}`) }))} />
          </Form.Item>
        )}
        {penalty && <PenaltyFields />}
        {action === 'propose_decision' && outcome === 'no_penalty' && (
          <>
            <Form.Item name="basisLaw" label={t('enforcementCases.basis')} rules={[{ required: true, max: 100 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="basisArticle" label={t('enforcementCases.basisRule')} rules={[{ required: true, pattern: /^\d{1,3}$/ }]}>
              <Input inputMode="numeric" />
            </Form.Item>
            <Form.Item name="factsFound" label={t('enforcementCases.factsFound')} rules={[{ required: true, max: 5000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="noPenaltyReason" label={t('enforcementCases.noPenaltyReason')} rules={[{ required: true, max: 2000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {action === 'notify' && (
          <Form.Item name="hearingRight" label={t('enforcementCases.hearingRight')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {action === 'record_hearing' && (
          <>
            <Form.Item name="hearingHeldOn" label={t('enforcementCases.hearingHeldOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="hearingRecord" label={t('enforcementCases.hearingRecord')} rules={[{ required: true, max: 5000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {(action === 'deliver' || action === 'execute' || action === 'close') && (
          <Form.Item name="detail" label={t('enforcementCases.detail')} rules={[{ required: action === 'execute', max: 2000 }]}>
            <Input.TextArea rows={2} data-testid="step-detail" />
          </Form.Item>
        )}
        {action === 'transfer' && (
          <Form.Item name="policeUnit" label={t('enforcementCases.policeUnit')} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
        )}
        {(action === 'transfer' || action === 'request_extension') && (
          <Form.Item name="reason" label={t('enforcementCases.reason')} rules={[{ required: true, max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {action !== 'publish' && (
          <Form.Item name="paperOn" label={t('enforcementCases.paperOn')}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="case-action-submit">
          {t(`enforcementCases.actions.${action}`)}
        </Button>
      </Form>
    </Modal>
  );
}
