import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { LEAD_ASSESSMENTS, type TLead, type TLeadAssessment } from '@shian/shared/lead';
import { PARTY_KINDS, type TPartyKind } from '@shian/shared/enforcement-case';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { assessLead, decideExtension, getLead, proposeCase, recordReceipt, recordTransfer, requestExtension } from '../api/leads-api.ts';
import { DueTag, MustTags } from './due-tag.tsx';

const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

/** One lead: where it came from, its clock, and the assessment, extension and police transfer. */
export function LeadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { data, error, reload, setData } = useApi((signal) => getLead(id, signal), [id]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const lead = data;
  const manage = can('case.manage');

  async function act(action: () => Promise<TLead>) {
    const next = await run(action, t('leads.saved'));
    if (next) setData(next);
  }

  return (
    <Flex vertical gap={12}>
      <Card title={lead.operatorName ?? t('leads.noOperator')} extra={<Link to="/leads">{t('leads.back')}</Link>}>
        <Flex gap={4} wrap style={{ marginBottom: 8 }}>
          <Tag>{t(`leads.sources.${lead.source}`)}</Tag>
          <Tag color={lead.status === 'new' ? 'blue' : 'default'}>{t(`leads.status.${lead.status}`)}</Tag>
          {lead.extended && <Tag color="purple">{t('leads.extended')}</Tag>}
          <DueTag lead={lead} />
          <MustTags musts={lead.musts} />
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('leads.summary')}>{lead.summary}</Descriptions.Item>
          <Descriptions.Item label={t('leads.discoveredOn')}>{lead.discoveredOn}</Descriptions.Item>
          <Descriptions.Item label={t('leads.assessDueOn')}>{lead.assessDueOn}</Descriptions.Item>
          {lead.sourceRef && <Descriptions.Item label={t('leads.sourceRef')}>{lead.sourceRef}</Descriptions.Item>}
          {lead.handlingUnitName && <Descriptions.Item label={t('leads.unit')}>{lead.handlingUnitName}</Descriptions.Item>}
          {lead.link && (
            <Descriptions.Item label={t('leads.source')}>
              <Link to={lead.link}>{t('leads.open')}</Link>
            </Descriptions.Item>
          )}
          {lead.assessment && <Descriptions.Item label={t('leads.assessment')}>{t(`leads.assessments.${lead.assessment}`)}</Descriptions.Item>}
          {lead.assessmentReason && <Descriptions.Item label={t('leads.assessmentReason')}>{lead.assessmentReason}</Descriptions.Item>}
          {lead.assessedOn && <Descriptions.Item label={t('leads.assessedOn')}>{`${lead.assessedOn} ${lead.assessedByName ?? ''}`}</Descriptions.Item>}
          {lead.transferTo && <Descriptions.Item label={t('leads.transferTo')}>{lead.transferTo}</Descriptions.Item>}
          {lead.suspectedCrimeOn && <Descriptions.Item label={t('leads.suspectedCrimeOn')}>{lead.suspectedCrimeOn}</Descriptions.Item>}
          {lead.policeTransferredOn && <Descriptions.Item label={t('leads.transferredOn')}>{lead.policeTransferredOn}</Descriptions.Item>}
          {lead.policeReceiptOn && <Descriptions.Item label={t('leads.receiptOn')}>{`${lead.policeReceiptOn} ${lead.policeReceiptNo ?? ''}`}</Descriptions.Item>}
        </Descriptions>
        {lead.caseId && (
          <Link to={`/cases/${lead.caseId}`} data-testid="lead-case-link">
            {t('leads.openCase')}
          </Link>
        )}
      </Card>
      {manage && lead.status === 'new' && <AssessCard lead={lead} busy={busy} onAssessed={setData} />}
      {lead.status === 'new' && !lead.extended && (manage || can('case.approve')) && (
        <ExtensionCard
          lead={lead}
          busy={busy}
          onRequest={(reason) => void act(() => requestExtension(lead.id, lead.version, reason))}
          onDecide={(approve) => void act(() => decideExtension(lead.id, lead.version, approve))}
        />
      )}
      {manage && lead.suspectedCrimeOn && !lead.policeReceiptOn && <PoliceCard lead={lead} busy={busy} act={act} />}
    </Flex>
  );
}

type TAssessForm = {
  assessment: TLeadAssessment;
  assessmentReason: string;
  transferTo?: string;
  cause?: string;
  partyName?: string;
  partyKind?: TPartyKind;
  partyAddress?: string;
  partyIdNumber?: string;
  partyRepresentative?: string;
};

function AssessCard({ lead, busy, onAssessed }: { lead: TLead; busy: boolean; onAssessed: (lead: TLead) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<TAssessForm>();
  const assessment = Form.useWatch('assessment', form);
  const { run } = useAction();

  async function submit(v: TAssessForm) {
    if (v.assessment === 'file') {
      const created = await run(
        () =>
          proposeCase({
            leadId: lead.id,
            leadVersion: lead.version,
            cause: v.cause ?? '',
            assessmentReason: v.assessmentReason,
            ...(lead.operatorId
              ? { partyRepresentative: v.partyRepresentative || undefined }
              : {
                  partyName: v.partyName,
                  partyKind: v.partyKind,
                  partyAddress: v.partyAddress || undefined,
                  partyIdNumber: v.partyIdNumber || undefined,
                  partyRepresentative: v.partyRepresentative || undefined,
                }),
          }),
        t('leads.saved'),
      );
      if (created) navigate(`/cases/${created.id}`);
      return;
    }
    const next = await run(
      () =>
        assessLead(lead.id, {
          version: lead.version,
          assessment: v.assessment as Exclude<TLeadAssessment, 'file'>,
          assessmentReason: v.assessmentReason,
          transferTo: v.transferTo || undefined,
        }),
      t('leads.saved'),
    );
    if (next) onAssessed(next);
  }

  return (
    <Card title={t('leads.assess')}>
      <Form form={form} layout="vertical" initialValues={{ assessment: 'file', partyKind: 'organisation' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="assessment" label={t('leads.assessment')}>
          <Select data-testid="lead-assessment" options={LEAD_ASSESSMENTS.map((a) => ({ value: a, label: t(`leads.assessments.${a}`) }))} />
        </Form.Item>
        {assessment === 'file' && (
          <>
            <Typography.Paragraph type="secondary">{t('leads.fileHint')}</Typography.Paragraph>
            <Form.Item name="cause" label={t('leads.cause')} rules={[{ required: true, max: 200 }]}>
              <Input data-testid="lead-cause" />
            </Form.Item>
            {!lead.operatorId && (
              <>
                <Form.Item name="partyName" label={t('leads.partyName')} rules={[{ required: true, max: 200 }]}>
                  <Input />
                </Form.Item>
                <Form.Item name="partyKind" label={t('leads.partyKind')}>
                  <Select options={PARTY_KINDS.map((k) => ({ value: k, label: t(`leads.partyKinds.${k}`) }))} />
                </Form.Item>
                <Form.Item name="partyAddress" label={t('leads.partyAddress')}>
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item name="partyIdNumber" label={t('leads.partyIdNumber')}>
                  <Input maxLength={18} />
                </Form.Item>
              </>
            )}
            <Form.Item name="partyRepresentative" label={t('leads.partyRepresentative')}>
              <Input maxLength={50} />
            </Form.Item>
          </>
        )}
        {(assessment === 'transfer_police' || assessment === 'transfer_authority') && (
          <Form.Item name="transferTo" label={t('leads.transferTo')} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="assessmentReason" label={t('leads.assessmentReason')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="lead-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="lead-assess-submit">
          {t('leads.submitAssessment')}
        </Button>
      </Form>
    </Card>
  );
}

function ExtensionCard({ lead, busy, onRequest, onDecide }: { lead: TLead; busy: boolean; onRequest: (reason: string) => void; onDecide: (approve: boolean) => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [form] = Form.useForm<{ reason: string }>();
  if (lead.extensionRequest) {
    return (
      <Card title={t('leads.extension')}>
        <Typography.Paragraph>{t('leads.extensionPending', { name: lead.extensionRequest.requestedByName ?? '', reason: lead.extensionRequest.reason })}</Typography.Paragraph>
        {can('case.approve') && (
          <Space>
            <Button type="primary" loading={busy} onClick={() => onDecide(true)}>
              {t('leads.approveExtension')}
            </Button>
            <Button loading={busy} onClick={() => onDecide(false)}>
              {t('leads.refuseExtension')}
            </Button>
          </Space>
        )}
      </Card>
    );
  }
  if (!can('case.manage') || (lead.daysLeft ?? -1) < 0) return null;
  return (
    <Card title={t('leads.extension')}>
      <Form form={form} layout="inline" onFinish={(v) => onRequest(v.reason)}>
        <Form.Item name="reason" rules={[{ required: true, max: 1000 }]} style={{ flex: 1, minWidth: 200 }}>
          <Input placeholder={t('leads.extensionReason')} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {t('leads.requestExtension')}
        </Button>
      </Form>
    </Card>
  );
}

type TPoliceForm = { transferredOn: dayjs.Dayjs; policeUnit: string; receiptOn?: dayjs.Dayjs; receiptNo?: string };

function PoliceCard({ lead, busy, act }: { lead: TLead; busy: boolean; act: (action: () => Promise<TLead>) => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TPoliceForm>();
  const transferred = !!lead.policeTransferredOn;

  function submit(v: TPoliceForm) {
    const receipt = v.receiptOn ? { receiptOn: day(v.receiptOn), receiptNo: v.receiptNo || undefined } : {};
    void act(() =>
      transferred
        ? recordReceipt(lead.id, { version: lead.version, receiptOn: day(v.receiptOn ?? dayjs()), receiptNo: v.receiptNo || undefined })
        : recordTransfer(lead.id, { version: lead.version, transferredOn: day(v.transferredOn), policeUnit: v.policeUnit, ...receipt }),
    );
  }

  return (
    <Card title={t('leads.police')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ transferredOn: dayjs(), receiptOn: transferred ? dayjs() : undefined, policeUnit: lead.transferTo ?? '' }}
        onFinish={submit}
      >
        {!transferred && (
          <>
            <Form.Item name="transferredOn" label={t('leads.transferredOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="policeUnit" label={t('leads.policeUnit')} rules={[{ required: true, max: 200 }]}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item name="receiptOn" label={t('leads.receiptOn')} rules={transferred ? [{ required: true }] : []}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="receiptNo" label={t('leads.receiptNo')}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {transferred ? t('leads.recordReceipt') : t('leads.recordTransfer')}
        </Button>
      </Form>
    </Card>
  );
}
