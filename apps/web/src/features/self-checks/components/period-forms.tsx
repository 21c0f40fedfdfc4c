import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TMonthlyContent, TSelfCheck, TSignature, TWeeklyContent } from '@shian/shared/self-check';
import { SignaturePad } from '../../../components/signature-pad.tsx';
import { useAction } from '../../../components/use-action.ts';
import { createSelfCheck, fileUrl, updateSelfCheck, uploadSignature } from '../api/self-checks-api.ts';

type TProps = { record: TSelfCheck | null; today: string; onSaved: (record: TSelfCheck) => void };

/** The week's review (每周排查治理报告): hazards found, fixed, still open, and what was done. */
export function WeeklyForm({ record, onSaved }: TProps) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const initial = (record?.content as TWeeklyContent | undefined) ?? { hazardsFound: 0, fixed: 0, open: 0, summary: '' };
  const [form] = Form.useForm<TWeeklyContent>();

  async function save(content: TWeeklyContent) {
    const saved = await run(
      () => (record ? updateSelfCheck(record.id, { kind: 'weekly', version: record.version, content }) : createSelfCheck({ kind: 'weekly', content })),
      t('selfChecks.saved'),
    );
    if (saved) onSaved(saved);
  }

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)} data-testid="weekly-form">
      <Flex gap={8}>
        <Form.Item name="hazardsFound" label={t('selfChecks.hazardsFound')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="fixed" label={t('selfChecks.fixed')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="open" label={t('selfChecks.open')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10000} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="summary" label={t('selfChecks.summary')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="weekly-save">
        {t('selfChecks.save')}
      </Button>
    </Form>
  );
}

type TMinutesForm = { meetingOn: dayjs.Dayjs; attendees: string[]; summary: string; decisions: string };

/** The month's meeting minutes (每月调度会议纪要): date, attendees, the report, decisions, and signatures drawn on screen. */
export function MonthlyForm({ record, today, onSaved }: TProps) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const signing = useAction();
  const content = record?.content as TMonthlyContent | undefined;
  const [signatures, setSignatures] = useState<TSignature[]>(content?.signatures ?? []);
  const [signer, setSigner] = useState({ name: '', role: '' });
  const [padKey, setPadKey] = useState(0);
  const [form] = Form.useForm<TMinutesForm>();
  const initial: TMinutesForm = {
    meetingOn: dayjs(content?.meetingOn ?? today),
    attendees: content?.attendees ?? [],
    summary: content?.summary ?? '',
    decisions: (content?.decisions ?? []).join('\n'),
  };
  const kept = new Set((content?.signatures ?? []).map((s) => s.fileId));

  async function sign(png: Blob) {
    const uploaded = await signing.run(() => uploadSignature(png));
    if (!uploaded) return;
    setSignatures((s) => [...s, { name: signer.name.trim(), role: signer.role.trim(), fileId: uploaded.id }]);
    setSigner({ name: '', role: '' });
    setPadKey((k) => k + 1);
  }

  async function save(v: TMinutesForm) {
    const minutes: TMonthlyContent = {
      meetingOn: v.meetingOn.format('YYYY-MM-DD'),
      attendees: v.attendees,
      summary: v.summary ?? '',
      decisions: v.decisions
        .split('\n')
        .map((d) => d.trim())
        .filter(Boolean),
      signatures,
    };
    const saved = await run(
      () => (record ? updateSelfCheck(record.id, { kind: 'monthly', version: record.version, content: minutes }) : createSelfCheck({ kind: 'monthly', content: minutes })),
      t('selfChecks.saved'),
    );
    if (saved) onSaved(saved);
  }

  const ready = signer.name.trim() !== '' && signer.role.trim() !== '';
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)} data-testid="monthly-form">
      <Form.Item name="meetingOn" label={t('selfChecks.meetingOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM') !== today.slice(0, 7) || d.format('YYYY-MM-DD') > today} />
      </Form.Item>
      <Form.Item name="attendees" label={t('selfChecks.attendees')} extra={t('selfChecks.attendeesHint')} rules={[{ required: true }]}>
        <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} data-testid="attendees" />
      </Form.Item>
      <Form.Item name="summary" label={t('selfChecks.report')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="decisions" label={t('selfChecks.decisions')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Card size="small" title={t('selfChecks.signatures')} style={{ marginBottom: 16 }}>
        <Flex vertical gap={8}>
          {signatures.length === 0 ? (
            <Typography.Text type="secondary">{t('selfChecks.noSignatures')}</Typography.Text>
          ) : (
            <Flex gap={8} wrap data-testid="signatures">
              {signatures.map((s) => (
                <Tag key={s.fileId} closable onClose={() => setSignatures((all) => all.filter((x) => x.fileId !== s.fileId))}>
                  {record && kept.has(s.fileId) ? (
                    <img src={fileUrl(record.id, s.fileId, 'thumb')} alt={s.name} style={{ height: 20, verticalAlign: 'middle', marginRight: 4 }} />
                  ) : null}
                  {`${s.role} ${s.name}`}
                </Tag>
              ))}
            </Flex>
          )}
          <Flex gap={8}>
            <Input
              placeholder={t('selfChecks.signerName')}
              aria-label={t('selfChecks.signerName')}
              value={signer.name}
              onChange={(e) => setSigner({ ...signer, name: e.target.value })}
            />
            <Input
              placeholder={t('selfChecks.signerRole')}
              aria-label={t('selfChecks.signerRole')}
              value={signer.role}
              onChange={(e) => setSigner({ ...signer, role: e.target.value })}
            />
          </Flex>
          {!ready && <Typography.Text type="secondary">{t('selfChecks.signatureNeedsName')}</Typography.Text>}
          {ready && (
            <SignaturePad
              key={padKey}
              onSave={sign}
              saving={signing.busy}
              labels={{ pad: t('selfChecks.signaturePad'), clear: t('selfChecks.clear'), save: t('selfChecks.addSignature') }}
            />
          )}
        </Flex>
      </Card>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="monthly-save">
        {t('selfChecks.save')}
      </Button>
    </Form>
  );
}
