import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Radio, Spin, Tag, Timeline, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ZCommitmentCreate, ZCommitmentFollowUp, ZInterviewRecord, type TInterviewCommitment, type TInterviewDetail } from '@shian/shared/interview';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { NoticeLetterLink } from '../../../components/notice-letter-link.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { addCommitment, closeInterview, downloadNotice, followUpCommitment, getInterview, issueNotice, recordMeeting } from '../api/interviews-api.ts';
import { InterviewStatusTag } from '../components/interview-status-tag.tsx';

/** The interview: its notice (issue, download), the meeting record, the commitments and their follow-up, every step. */
export function InterviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, error, reload, setData } = useApi((signal) => getInterview(id, signal), [id]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const i = data;
  const manage = can('complaint.manage') && i.status !== 'closed';

  async function act(action: () => Promise<TInterviewDetail>) {
    const next = await run(action, t('interviews.saved'));
    if (next) setData(next);
  }

  async function download() {
    try {
      await downloadNotice(i.id);
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Flex vertical gap={12}>
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            {i.operatorName}
            <InterviewStatusTag status={i.status} />
          </Flex>
        }
        extra={<Link to="/interviews">{t('interviews.back')}</Link>}
        actions={[
          <Button key="download" icon={<DownloadOutlined />} onClick={() => void download()} data-testid="interview-download">
            {t('interviews.download')}
          </Button>,
          ...(i.status !== 'draft' ? [<NoticeLetterLink key="register" kind="interview" interviewId={i.id} operatorId={i.operatorId} />] : []),
          ...(manage && i.status === 'draft'
            ? [
                <Button key="issue" type="primary" loading={busy} onClick={() => void act(() => issueNotice(i.id, i.version))} data-testid="interview-issue">
                  {t('interviews.issueNotice')}
                </Button>,
              ]
            : []),
          ...(manage && i.status === 'held'
            ? [
                <Button key="close" type="primary" loading={busy} onClick={() => void act(() => closeInterview(i.id, i.version))} data-testid="interview-close">
                  {t('interviews.close')}
                </Button>,
              ]
            : []),
        ]}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('interviews.noticeNo')}>{i.noticeNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('interviews.scheduledAt')}>{formatDateTime(i.scheduledAt)}</Descriptions.Item>
          <Descriptions.Item label={t('interviews.place')}>{i.place}</Descriptions.Item>
          <Descriptions.Item label={t('interviews.attendees')}>{i.attendees}</Descriptions.Item>
          <Descriptions.Item
            label={t('interviews.complaintsPeriod')}
          >{`${i.complaintsFrom} ~ ${i.complaintsTo} · ${t('interviews.complaintCounts', { count: i.complaintCounts.total })}`}</Descriptions.Item>
          <Descriptions.Item label={t('interviews.contactName')}>{`${i.contactName} ${i.contactPhone}`}</Descriptions.Item>
          <Descriptions.Item label={t('interviews.reason')} span={2}>
            {i.reason}
          </Descriptions.Item>
          <Descriptions.Item label={t('interviews.legalBasis')} span={2}>
            {i.legalBasis}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {(i.heldAt || (manage && (i.status === 'notified' || i.status === 'held'))) && (
        <RecordCard interview={i} editable={manage && (i.status === 'notified' || i.status === 'held')} onSaved={setData} />
      )}

      {(i.status === 'held' || i.status === 'closed') && (
        <Card title={t('interviews.commitments')}>
          <Flex vertical gap={12}>
            {i.commitments.length === 0 && <Typography.Text type="secondary">{t('interviews.noCommitments')}</Typography.Text>}
            {i.commitments.map((c) => (
              <CommitmentItem key={c.id} interview={i} commitment={c} editable={manage && i.status === 'held'} onSaved={setData} />
            ))}
            {manage && i.status === 'held' && <AddCommitment interview={i} onSaved={setData} />}
          </Flex>
        </Card>
      )}

      <Card title={t('interviews.steps')}>
        <Timeline
          items={i.steps.map((s) => ({
            children: (
              <Flex vertical>
                <Typography.Text strong>{t(`interviews.stepKinds.${s.kind}`)}</Typography.Text>
                {s.note && <Typography.Text>{s.note}</Typography.Text>}
                <Typography.Text type="secondary">{`${s.actorName ?? ''} · ${formatDateTime(s.at)}`}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}

type TRecordValues = { heldAt?: Dayjs; attendance: string; minutes: string };

function RecordCard({ interview, editable, onSaved }: { interview: TInterviewDetail; editable: boolean; onSaved: (d: TInterviewDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TRecordValues>();
  const { submit, saving } = useSchemaSubmit(form);
  if (!editable) {
    return (
      <Card title={t('interviews.record')}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('interviews.heldAt')}>{formatDateTime(interview.heldAt)}</Descriptions.Item>
          <Descriptions.Item label={t('interviews.attendance')}>{interview.attendance}</Descriptions.Item>
          <Descriptions.Item label={t('interviews.minutes')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{interview.minutes}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  async function save(values: TRecordValues) {
    const saved = await submit(
      ZInterviewRecord,
      { version: interview.version, heldAt: values.heldAt?.toISOString(), attendance: values.attendance, minutes: values.minutes },
      (body) => recordMeeting(interview.id, body),
    );
    if (saved) onSaved(saved);
  }
  return (
    <Card title={t('interviews.record')}>
      <Form<TRecordValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{ heldAt: dayjs(interview.heldAt ?? interview.scheduledAt), attendance: interview.attendance ?? '', minutes: interview.minutes ?? '' }}
      >
        <Form.Item name="heldAt" label={t('interviews.heldAt')} required>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="attendance" label={t('interviews.attendance')} required>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="minutes" label={t('interviews.minutes')} required>
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={saving}>
          {t('interviews.saveRecord')}
        </Button>
      </Form>
    </Card>
  );
}

type TFollowUpValues = { status: 'done' | 'not_done'; evidence: string };

function CommitmentItem(props: { interview: TInterviewDetail; commitment: TInterviewCommitment; editable: boolean; onSaved: (d: TInterviewDetail) => void }) {
  const { t } = useTranslation();
  const c = props.commitment;
  const [form] = Form.useForm<TFollowUpValues>();
  const { submit, saving } = useSchemaSubmit(form);
  async function save(values: TFollowUpValues) {
    const saved = await submit(ZCommitmentFollowUp, { version: c.version, ...values }, (body) => followUpCommitment(props.interview.id, c.id, body));
    if (saved) props.onSaved(saved);
  }
  return (
    <Card size="small" data-testid="interview-commitment">
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{c.commitment}</Typography.Text>
          <Tag color={c.status === 'done' ? 'green' : c.status === 'not_done' ? 'red' : 'blue'}>{t(`interviews.commitmentStatus.${c.status}`)}</Tag>
          <Tag color={c.overdue ? 'red' : 'default'}>{`${t('interviews.dueOn')} ${c.dueOn}`}</Tag>
        </Flex>
        {c.evidence && <Typography.Text>{c.evidence}</Typography.Text>}
        {c.followedUpAt && <Typography.Text type="secondary">{t('interviews.followedUp', { name: c.followedUpByName ?? '', at: formatDateTime(c.followedUpAt) })}</Typography.Text>}
        {props.editable && (
          <Form<TFollowUpValues> form={form} layout="vertical" initialValues={{ status: 'done', evidence: '' }} onFinish={(v) => void save(v)}>
            <Form.Item name="status" style={{ marginBottom: 8 }}>
              <Radio.Group
                options={[
                  { value: 'done', label: t('interviews.done') },
                  { value: 'not_done', label: t('interviews.notDone') },
                ]}
              />
            </Form.Item>
            <Form.Item name="evidence" label={t('interviews.evidence')} style={{ marginBottom: 8 }}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Button htmlType="submit" size="small" loading={saving}>
              {t('interviews.followUp')}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}

type TCommitmentValues = { commitment: string; dueOn?: Dayjs };

function AddCommitment({ interview, onSaved }: { interview: TInterviewDetail; onSaved: (d: TInterviewDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TCommitmentValues>();
  const { submit, saving } = useSchemaSubmit(form);
  async function save(values: TCommitmentValues) {
    const saved = await submit(ZCommitmentCreate, { commitment: values.commitment, dueOn: values.dueOn?.format('YYYY-MM-DD') }, (body) => addCommitment(interview.id, body));
    if (saved) {
      form.resetFields();
      onSaved(saved);
    }
  }
  return (
    <Form<TCommitmentValues> form={form} layout="vertical" onFinish={(v) => void save(v)}>
      <Form.Item name="commitment" label={t('interviews.commitment')} required>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('interviews.dueOn')} required>
        <DatePicker />
      </Form.Item>
      <Button htmlType="submit" loading={saving}>
        {t('interviews.addCommitment')}
      </Button>
    </Form>
  );
}
