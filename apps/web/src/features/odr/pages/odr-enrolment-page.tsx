import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, List, Radio, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ZOdrConsent, ZOdrNegotiationClose, ZOdrWithdraw, type TOdrEnrolmentDetail, type TOdrNegotiation } from '@shian/shared/odr';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { closeNegotiation, getEnrolment, recordConsent, startNegotiation, withdraw } from '../api/odr-api.ts';

/** One business in ODR: its consent, its negotiations on their 10-working-day clocks, and complaints to send. */
export function OdrEnrolmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { data, error, reload, setData } = useApi((signal) => getEnrolment(id, signal), [id]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const e = data;
  const manage = can('complaint.manage');

  return (
    <Flex vertical gap={12}>
      <Card title={e.operatorName} extra={<Link to="/odr">{t('odr.back')}</Link>}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('odr.statusLabel')}>{t(`odr.status.${e.status}`)}</Descriptions.Item>
          <Descriptions.Item label={t('odr.unit')}>{e.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('odr.complaints')}>{e.complaintsAtInvitation}</Descriptions.Item>
          <Descriptions.Item label={t('odr.settlementRate')}>{e.settlementRate === null ? '—' : `${e.settlementRate}%`}</Descriptions.Item>
          {e.consentedOn && <Descriptions.Item label={t('odr.consent')}>{t('odr.consentInfo', { signatory: e.signatory, date: e.consentedOn })}</Descriptions.Item>}
          {e.note && <Descriptions.Item label={t('odr.note')}>{e.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {manage && e.status === 'invited' && <ConsentCard enrolment={e} onSaved={setData} />}
      {e.negotiations.length > 0 && (
        <Card title={t('odr.negotiations')}>
          <Flex vertical gap={8}>
            {e.negotiations.map((n) => (
              <NegotiationItem key={n.id} negotiation={n} editable={manage} onSaved={setData} />
            ))}
          </Flex>
        </Card>
      )}
      {e.status === 'enrolled' && (
        <Card title={t('odr.candidates')}>
          <List
            dataSource={e.candidates}
            locale={{ emptyText: t('odr.noCandidates') }}
            renderItem={(c) => (
              <List.Item
                key={c.complaintId}
                actions={
                  manage
                    ? [
                        <Button
                          key="start"
                          size="small"
                          loading={busy}
                          onClick={() => void run(() => startNegotiation(e.id, { complaintId: c.complaintId }), t('odr.saved')).then((next) => next && setData(next))}
                        >
                          {t('odr.startNegotiation')}
                        </Button>,
                      ]
                    : undefined
                }
              >
                <List.Item.Meta
                  title={`${c.registrationNo} · ${t('odr.received')} ${formatDateTime(c.receivedAt)}`}
                  description={<Typography.Paragraph ellipsis={{ rows: 2 }}>{c.description}</Typography.Paragraph>}
                />
              </List.Item>
            )}
          />
        </Card>
      )}
      {manage && e.status !== 'withdrawn' && <WithdrawCard enrolment={e} onSaved={setData} />}
    </Flex>
  );
}

type TConsentValues = { consentedOn?: Dayjs; signatory: string; note?: string };

function ConsentCard({ enrolment, onSaved }: { enrolment: TOdrEnrolmentDetail; onSaved: (d: TOdrEnrolmentDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TConsentValues>();
  const { submit, saving } = useSchemaSubmit(form);
  async function save(v: TConsentValues) {
    const saved = await submit(
      ZOdrConsent,
      { version: enrolment.version, consentedOn: v.consentedOn?.format('YYYY-MM-DD'), signatory: v.signatory, note: v.note || undefined },
      (body) => recordConsent(enrolment.id, body),
    );
    if (saved) onSaved(saved);
  }
  return (
    <Card title={t('odr.consent')}>
      <Form<TConsentValues> form={form} layout="vertical" initialValues={{ consentedOn: dayjs() }} onFinish={(v) => void save(v)}>
        <Form.Item name="consentedOn" label={t('odr.consentedOn')} required>
          <DatePicker />
        </Form.Item>
        <Form.Item name="signatory" label={t('odr.signatory')} required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="note" label={t('odr.note')}>
          <Input maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('odr.consent')}
        </Button>
      </Form>
    </Card>
  );
}

function WithdrawCard({ enrolment, onSaved }: { enrolment: TOdrEnrolmentDetail; onSaved: (d: TOdrEnrolmentDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const { submit, saving } = useSchemaSubmit(form);
  async function save(v: { note: string }) {
    const saved = await submit(ZOdrWithdraw, { version: enrolment.version, note: v.note }, (body) => withdraw(enrolment.id, body));
    if (saved) onSaved(saved);
  }
  return (
    <Card title={t('odr.withdraw')} size="small">
      <Form form={form} layout="inline" onFinish={(v) => void save(v)}>
        <Form.Item name="note" style={{ flex: 1, minWidth: 200 }}>
          <Input placeholder={t('odr.withdrawNote')} maxLength={1000} />
        </Form.Item>
        <Button danger htmlType="submit" loading={saving}>
          {t('odr.withdraw')}
        </Button>
      </Form>
    </Card>
  );
}

type TCloseValues = { settlement: 'settled' | 'failed'; outcomeNote: string };

function NegotiationItem({ negotiation: n, editable, onSaved }: { negotiation: TOdrNegotiation; editable: boolean; onSaved: (d: TOdrEnrolmentDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TCloseValues>();
  const { submit, saving } = useSchemaSubmit(form);
  async function save(v: TCloseValues) {
    const saved = await submit(ZOdrNegotiationClose, { version: n.version, ...v }, (body) => closeNegotiation(n.id, body));
    if (saved) onSaved(saved);
  }
  const colour = n.status === 'settled' ? 'green' : n.status === 'failed' ? 'red' : n.overdue ? 'red' : 'blue';
  return (
    <Card size="small">
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{n.registrationNo}</Typography.Text>
          <Tag color={colour}>{t(`odr.negotiationStatus.${n.status}`)}</Tag>
          <Tag>{`${t('odr.startedOn')} ${n.startedOn} · ${t('odr.dueOn')} ${n.dueOn}`}</Tag>
          {n.daysLeft !== null && (
            <Tag color={n.overdue ? 'red' : 'default'}>{n.overdue ? t('odr.overdueBy', { count: -n.daysLeft }) : t('odr.daysLeft', { count: n.daysLeft })}</Tag>
          )}
        </Flex>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {n.description}
        </Typography.Paragraph>
        {n.outcomeNote && <Typography.Text>{n.outcomeNote}</Typography.Text>}
        {n.closedAt && <Typography.Text type="secondary">{t('odr.closedBy', { name: n.closedByName ?? '', at: formatDateTime(n.closedAt) })}</Typography.Text>}
        {editable && n.status === 'negotiating' && (
          <Form<TCloseValues> form={form} layout="vertical" initialValues={{ settlement: 'settled', outcomeNote: '' }} onFinish={(v) => void save(v)}>
            <Form.Item name="settlement" style={{ marginBottom: 8 }}>
              <Radio.Group
                options={[
                  { value: 'settled', label: t('odr.settled') },
                  { value: 'failed', label: t('odr.failed') },
                ]}
              />
            </Form.Item>
            <Form.Item name="outcomeNote" label={t('odr.outcomeNote')} style={{ marginBottom: 8 }}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Button htmlType="submit" size="small" loading={saving}>
              {t('odr.recordOutcome')}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
