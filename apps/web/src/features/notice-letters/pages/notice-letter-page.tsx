import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Spin, Tag, Timeline, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ZNoticeLetterAnswer, ZNoticeLetterClose, ZNoticeLetterPaperDelivery, type TNoticeLetter } from '@shian/shared/notice-letter';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { FormProblems } from '../../../components/form-problems.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PhotoInput } from '../../../components/photo-input.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { answerLetter, attachmentUrl, closeLetter, deliverOnPaper, downloadLetter, getLetter, issueLetter, signLetter, uploadAttachment } from '../api/notice-letters-api.ts';
import { LetterTags } from '../components/letter-tags.tsx';

const photos = (letter: TNoticeLetter, ids: string[]) => ids.map((id) => ({ id, thumb: attachmentUrl(letter.id, id), full: attachmentUrl(letter.id, id, 'full') }));

/** The states the letter went through, with when and by whom. */
function Steps({ letter: l }: { letter: TNoticeLetter }) {
  const { t } = useTranslation();
  const steps = [
    { at: l.createdAt, text: t('noticeLetters.timeline.created') },
    l.issuedAt && { at: l.issuedAt, text: t('noticeLetters.timeline.issued', { number: l.number ?? '' }), by: l.issuedByName },
    l.deliveredAt && {
      at: l.deliveredAt,
      text: t('noticeLetters.timeline.delivered', { method: l.deliveryMethod ? t(`noticeLetters.deliveryMethods.${l.deliveryMethod}`) : '', name: l.signerName ?? '' }),
    },
    l.answeredAt && { at: l.answeredAt, text: t('noticeLetters.timeline.answered') },
    l.closedAt && { at: l.closedAt, text: [t('noticeLetters.timeline.closed'), l.closeNote].filter(Boolean).join('：') },
  ].filter((s) => !!s);
  return (
    <Card size="small" title={t('noticeLetters.timelineTitle')}>
      <Timeline
        data-testid="letter-timeline"
        items={steps.map((s) => ({
          children: (
            <Flex vertical>
              <Typography.Text strong>{s.text}</Typography.Text>
              <Typography.Text type="secondary">{[s.by, formatDateTime(s.at)].filter(Boolean).join(' · ')}</Typography.Text>
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

type TPaperValues = { deliveredOn?: Dayjs; signerName: string };

function PaperDelivery({ letter, onSaved }: { letter: TNoticeLetter; onSaved: (l: TNoticeLetter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TPaperValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  async function save(values: TPaperValues) {
    const saved = await submit(
      ZNoticeLetterPaperDelivery,
      { version: letter.version, deliveredOn: values.deliveredOn?.format('YYYY-MM-DD'), signerName: values.signerName },
      (body) => deliverOnPaper(letter.id, body),
    );
    if (saved) onSaved(saved);
  }
  return (
    <Card size="small" title={t('noticeLetters.deliverOnPaper')}>
      <FormProblems problems={problems} />
      <Form<TPaperValues> form={form} layout="inline" initialValues={{ deliveredOn: dayjs(), signerName: '' }} onFinish={(v) => void save(v)}>
        <Form.Item name="deliveredOn" label={t('noticeLetters.deliveredOn')} required>
          <DatePicker />
        </Form.Item>
        <Form.Item name="signerName" label={t('noticeLetters.signerName')} required>
          <Input maxLength={50} data-testid="letter-signer" />
        </Form.Item>
        <Button htmlType="submit" loading={saving} data-testid="letter-paper">
          {t('noticeLetters.recordDelivery')}
        </Button>
      </Form>
    </Card>
  );
}

function CloseForm({ letter, onSaved }: { letter: TNoticeLetter; onSaved: (l: TNoticeLetter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const { submit, saving } = useSchemaSubmit(form);
  async function save(values: { note: string }) {
    const saved = await submit(ZNoticeLetterClose, { version: letter.version, note: values.note || undefined }, (body) => closeLetter(letter.id, body));
    if (saved) onSaved(saved);
  }
  return (
    <Card size="small" title={t('noticeLetters.close')}>
      <Form<{ note: string }> form={form} layout="vertical" initialValues={{ note: '' }} onFinish={(v) => void save(v)}>
        <Form.Item name="note" label={t('noticeLetters.closeNote')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={saving} data-testid="letter-close">
          {t('noticeLetters.close')}
        </Button>
      </Form>
    </Card>
  );
}

/** The addressee's answer on a phone: the text and photos taken there. */
function AnswerForm({ letter, onSaved }: { letter: TNoticeLetter; onSaved: (l: TNoticeLetter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ answer: string }>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  const [attached, setAttached] = useState<string[]>([]);
  const upload = useAction();
  async function add(file: File) {
    const stored = await upload.run(() => uploadAttachment(letter.id, file));
    if (stored) setAttached((ids) => [...ids, stored.id]);
  }
  async function save(values: { answer: string }) {
    const saved = await submit(ZNoticeLetterAnswer, { version: letter.version, answer: values.answer, attachmentIds: attached }, (body) => answerLetter(letter.id, body));
    if (saved) onSaved(saved);
  }
  return (
    <Card size="small" title={t('noticeLetters.answer')}>
      <FormProblems problems={problems} />
      <Form<{ answer: string }> form={form} layout="vertical" initialValues={{ answer: '' }} onFinish={(v) => void save(v)}>
        <Form.Item name="answer" required>
          <Input.TextArea rows={4} maxLength={5000} placeholder={t('noticeLetters.answerPlaceholder')} data-testid="letter-answer" />
        </Form.Item>
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          <PhotoThumbs urls={photos(letter, attached)} />
          <div>
            <PhotoInput label={t('noticeLetters.addPhoto')} loading={upload.busy} onFile={(f) => void add(f)} testId="letter-photo" />
          </div>
        </Flex>
        <Button htmlType="submit" type="primary" block loading={saving} data-testid="letter-answer-submit">
          {t('noticeLetters.submitAnswer')}
        </Button>
      </Form>
    </Card>
  );
}

/** One notice or letter: its text, its states, the staff's steps (issue, paper delivery, close) and the addressee's (sign, answer). */
export function NoticeLetterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { data, error, reload, setData } = useApi((signal) => getLetter(id, signal), [id]);
  const { busy, run } = useAction();
  const download = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const l = data;
  const staff = can('notice-letter.issue');
  const addressee = can('notice-letter.respond') && !staff;

  async function act(action: () => Promise<TNoticeLetter>, success: string) {
    const next = await run(action, success);
    if (next) setData(next);
  }

  return (
    <Flex vertical gap={12} data-testid="notice-letter">
      <Card
        size="small"
        title={
          <Flex gap={8} align="center" wrap>
            {t(`noticeLetters.kinds.${l.kind}`)}
            <LetterTags letter={l} />
          </Flex>
        }
        extra={<Link to={addressee ? '/my-notice-letters' : '/notice-letters'}>{t('noticeLetters.back')}</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('noticeLetters.number')}>
            <span data-testid="letter-number">{l.number ?? t('noticeLetters.noNumber')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('noticeLetters.addressee')}>{l.addressee}</Descriptions.Item>
          <Descriptions.Item label={t('noticeLetters.answerDueOn')}>
            <Tag color={l.overdue ? 'red' : 'default'}>{l.answerDueOn}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('noticeLetters.reason')}>{l.reason}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }} data-testid="letter-body">
          {l.body}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} loading={download.busy} onClick={() => void download.run(() => downloadLetter(l.id))} data-testid="letter-download">
            {t('noticeLetters.download')}
          </Button>
          {staff && l.status === 'draft' && (
            <Button type="primary" loading={busy} onClick={() => void act(() => issueLetter(l.id, l.version), t('noticeLetters.issued'))} data-testid="letter-issue">
              {t('noticeLetters.issue')}
            </Button>
          )}
        </Flex>
      </Card>

      {addressee && l.status === 'issued' && (
        <Card size="small">
          <Flex vertical gap={8}>
            <Typography.Text>{t('noticeLetters.signHint')}</Typography.Text>
            <Button
              type="primary"
              size="large"
              block
              loading={busy}
              onClick={() => void act(() => signLetter(l.id, l.version), t('noticeLetters.signed'))}
              data-testid="letter-sign"
            >
              {t('noticeLetters.sign')}
            </Button>
          </Flex>
        </Card>
      )}
      {addressee && l.status === 'delivered' && <AnswerForm letter={l} onSaved={setData} />}
      {l.answer && (
        <Card size="small" title={t('noticeLetters.answered')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="letter-answer-text">
            {l.answer}
          </Typography.Paragraph>
          <PhotoThumbs urls={photos(l, l.attachmentIds)} />
        </Card>
      )}
      {staff && l.status === 'issued' && <PaperDelivery letter={l} onSaved={setData} />}
      {staff && (l.status === 'delivered' || l.status === 'answered') && <CloseForm letter={l} onSaved={setData} />}
      {l.status === 'closed' && <Alert type="success" showIcon message={t('noticeLetters.closed')} />}
      <Steps letter={l} />
    </Flex>
  );
}
