import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Segmented, Select, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { COMPLAINT_NAMES, OUTCOMES_BY_KIND, type TComplaintAction, type TComplaintDetail, type TComplaintOutcome } from '@shian/shared/complaint';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useLang } from '../../../lib/i18n.ts';
import {
  acceptComplaint,
  confirmMatch,
  extendComplaint,
  getComplaint,
  handleComplaint,
  recordResult,
  rejectComplaint,
  replyComplaint,
  routeComplaint,
} from '../api/complaints-api.ts';
import { CandidatePicker } from '../components/candidate-picker.tsx';
import { ComplaintClockTag } from '../components/complaint-clock-tag.tsx';
import { nameIn } from '../../../lib/dictionary-names.ts';

/** A complaint with its clocks, the complainant (masked unless the role may see contacts), matching and the next step. */
export function ComplaintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAuth();
  const { data, error, reload, setData } = useApi((signal) => getComplaint(id, signal), [id]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const c = data;
  const manage = can('complaint.manage') && c.status !== 'closed';

  async function act(action: () => Promise<TComplaintDetail>) {
    const next = await run(action, t('complaints.saved'));
    if (next) setData(next);
    return Boolean(next);
  }

  return (
    <Flex vertical gap={12}>
      <Card title={c.registrationNo} extra={<Link to="/complaints">{t('complaints.back')}</Link>}>
        <Flex gap={4} wrap style={{ marginBottom: 12 }}>
          <Tag color={c.kind === 'report' ? 'purple' : 'geekblue'}>{nameIn(COMPLAINT_NAMES.kind, c.kind, lang)}</Tag>
          <Tag>{nameIn(COMPLAINT_NAMES.channel, c.channel, lang)}</Tag>
          <Tag color="blue" data-testid="complaint-status">
            {nameIn(COMPLAINT_NAMES.status, c.status, lang)}
          </Tag>
          {c.overdue && <Tag color="red">{t('complaints.overdue')}</Tag>}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('complaints.fields.receivedAt')}>{formatDateTime(c.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.fields.namedBusiness')}>{c.namedBusiness ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.fields.namedAddress')}>{c.namedAddress ?? '—'}</Descriptions.Item>
          {c.namedUscc && <Descriptions.Item label={t('complaints.fields.namedUscc')}>{c.namedUscc}</Descriptions.Item>}
          <Descriptions.Item label={t('complaints.fields.operator')}>
            {c.operatorId ? <Link to={`/operators/${c.operatorId}`}>{c.operatorName}</Link> : '—'}{' '}
            <Tag color={c.matchStatus === 'pending_review' || c.matchStatus === 'unmatched' ? 'orange' : 'green'} data-testid="complaint-match-status">
              {nameIn(COMPLAINT_NAMES.matchStatus, c.matchStatus, lang)}
            </Tag>
            {c.matchConfidence !== null && <Typography.Text type="secondary">{t('complaints.confidence', { value: c.matchConfidence.toFixed(2) })}</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.fields.station')}>{[c.unitName, c.stationName ?? t('complaints.unrouted')].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.fields.trade')}>{nameIn(COMPLAINT_NAMES.trade, c.trade, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.fields.issueType')}>{nameIn(COMPLAINT_NAMES.issueType, c.issueType, lang)}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
        {c.outcome && (
          <Alert
            type={c.violationVerified ? 'warning' : 'info'}
            showIcon
            message={`${t('complaints.fields.outcome')}：${nameIn(COMPLAINT_NAMES.outcome, c.outcome, lang)}`}
            description={c.result}
            action={c.leadId ? <Link to={`/leads/${c.leadId}`}>{t('complaints.openLead')}</Link> : undefined}
            style={{ marginBottom: 8 }}
          />
        )}
        {c.status === 'rejected' && c.result && <Alert type="info" showIcon message={c.result} style={{ marginBottom: 8 }} />}
        <Flex gap={4} wrap>
          {c.clocks.map((clock) => (
            <ComplaintClockTag key={clock.kind} clock={clock} />
          ))}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('complaints.clocksNote')}
        </Typography.Text>
      </Card>

      <Card title={t('complaints.complainant')} size="small">
        {c.complainant ? (
          <>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('complaints.contact.name')}>{c.complainant.name}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.contact.phone')}>
                <span data-testid="complainant-phone">{c.complainant.phone}</span>
              </Descriptions.Item>
              {c.complainant.email && <Descriptions.Item label={t('complaints.contact.email')}>{c.complainant.email}</Descriptions.Item>}
              {c.complainant.address && <Descriptions.Item label={t('complaints.contact.address')}>{c.complainant.address}</Descriptions.Item>}
            </Descriptions>
            {c.complainantMasked && <Typography.Text type="secondary">{t('complaints.maskedNote')}</Typography.Text>}
          </>
        ) : (
          <Typography.Text type="secondary">{t('complaints.anonymousNote')}</Typography.Text>
        )}
      </Card>

      {manage && (c.matchStatus === 'pending_review' || c.matchStatus === 'unmatched') && (
        <Card title={t('complaints.matching.title')} size="small">
          <CandidatePicker complaint={c} busy={busy} onPick={(operatorId) => void act(() => confirmMatch(c.id, { version: c.version, operatorId }))} />
        </Card>
      )}

      {manage && c.nextActions.length > 0 && <ActionCard complaint={c} busy={busy} onAct={act} />}

      <Card title={t('complaints.steps')} size="small">
        <Timeline
          items={c.steps.map((s) => ({
            color: s.kind === 'escalate' ? 'red' : s.kind === 'reject' ? 'gray' : 'blue',
            children: (
              <Flex vertical>
                <Typography.Text strong>{t(`complaints.stepKinds.${s.kind}`)}</Typography.Text>
                {s.note && <Typography.Text>{s.note}</Typography.Text>}
                <Typography.Text type="secondary">{`${s.actorName ?? t('complaints.system')} · ${formatDateTime(s.at)}`}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}

type TActionValues = { stationId?: string; note?: string; reason?: string; outcome?: TComplaintOutcome; result?: string; violationVerified?: boolean };

/** The next step of the workflow: only what the complaint's status allows (the server says why otherwise). */
function ActionCard({ complaint: c, busy, onAct }: { complaint: TComplaintDetail; busy: boolean; onAct: (action: () => Promise<TComplaintDetail>) => Promise<boolean> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const { me } = useAuth();
  const [form] = Form.useForm<TActionValues>();
  // Routing elsewhere is the bureau's: a station sees only its own actions.
  const offered = c.nextActions.filter((a) => a !== 'route' || me?.scope === 'district');
  const [action, setAction] = useState<TComplaintAction>(offered[0]);
  const current = offered.includes(action) ? action : offered[0];
  if (!current) return null;
  const stations = (org?.stations ?? []).filter((s) => s.kind === 'station').map((s) => ({ value: s.id, label: s.name }));

  async function submit(values: TActionValues) {
    const version = c.version;
    const note = values.note?.trim() || undefined;
    const send: Record<TComplaintAction, () => Promise<TComplaintDetail>> = {
      accept: () => acceptComplaint(c.id, { version, stationId: values.stationId, note }),
      reject: () => rejectComplaint(c.id, { version, reason: values.reason ?? '' }),
      route: () => routeComplaint(c.id, { version, stationId: values.stationId ?? '', note }),
      handle: () => handleComplaint(c.id, { version, note }),
      extend: () => extendComplaint(c.id, { version, reason: values.reason ?? '' }),
      result: () =>
        recordResult(c.id, { version, outcome: values.outcome ?? OUTCOMES_BY_KIND[c.kind][0], result: values.result ?? '', violationVerified: Boolean(values.violationVerified) }),
      reply: () => replyComplaint(c.id, { version, note: values.note ?? '' }),
    };
    if (await onAct(send[current])) form.resetFields();
  }

  return (
    <Card title={t('complaints.actions')} size="small">
      <Segmented
        value={current}
        options={offered.map((a) => ({ value: a, label: t(`complaints.actionNames.${a}`) }))}
        onChange={(value) => setAction(value as TComplaintAction)}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        data-testid="complaint-action"
      />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ stationId: c.stationId ?? undefined }}>
        {(current === 'accept' || current === 'route') && (
          <Form.Item name="stationId" label={t('complaints.stationPick')} rules={current === 'route' ? [{ required: true }] : []}>
            <Select options={stations} showSearch optionFilterProp="label" allowClear={current === 'accept'} />
          </Form.Item>
        )}
        {(current === 'reject' || current === 'extend') && (
          <Form.Item name="reason" label={t('complaints.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="complaint-reason" />
          </Form.Item>
        )}
        {current === 'result' && (
          <>
            <Form.Item name="outcome" label={t('complaints.fields.outcome')} rules={[{ required: true }]}>
              <Select options={OUTCOMES_BY_KIND[c.kind].map((o) => ({ value: o, label: nameIn(COMPLAINT_NAMES.outcome, o, lang) }))} data-testid="complaint-outcome" />
            </Form.Item>
            <Form.Item name="result" label={t('complaints.fields.result')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="complaint-result" />
            </Form.Item>
            {c.kind === 'complaint' && (
              <Form.Item name="violationVerified" valuePropName="checked">
                <Checkbox>{t('complaints.violation')}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        {(current === 'accept' || current === 'route' || current === 'handle' || current === 'reply') && (
          <Form.Item name="note" label={t('complaints.note')} rules={current === 'reply' ? [{ required: true }] : []}>
            <Input.TextArea rows={2} maxLength={current === 'reply' ? 1000 : 2000} data-testid="complaint-note" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="complaint-submit-action">
          {t(`complaints.actionNames.${current}`)}
        </Button>
      </Form>
    </Card>
  );
}
