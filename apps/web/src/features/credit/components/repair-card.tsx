import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Input, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPAIR_CONDITION_CODES, REPAIR_CONDITIONS, type TCreditPenalty, type TListEntryDetail, type TRepair, type TRepairCondition } from '@shian/shared/credit';
import { useAction } from '../../../components/use-action.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../lib/i18n.ts';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { acceptRepair, decideRepair, evidenceUrl } from '../api/credit-api.ts';
import { RepairStatusTag } from './credit-tags.tsx';

type TProps = { repair: TRepair; laterPenalties: TCreditPenalty[]; manage: boolean; onChange: (next: TListEntryDetail) => void };

/** One application: what the business sent, and for staff the acceptance and the checked decision. */
export function RepairCard({ repair, laterPenalties, manage, onChange }: TProps) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [reason, setReason] = useState('');
  async function act(action: () => Promise<TListEntryDetail>) {
    const next = await run(action, t('credit.repair.done'));
    if (next) {
      setReason('');
      onChange(next);
    }
  }
  return (
    <Card
      size="small"
      title={<RepairStatusTag status={repair.status} />}
      extra={<Typography.Text type="secondary">{formatDateTime(repair.submittedAt)}</Typography.Text>}
      data-testid="repair-card"
    >
      <Flex vertical gap={6}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{repair.statement}</Typography.Paragraph>
        <PhotoThumbs urls={repair.evidenceFileIds.map((id) => ({ id, thumb: evidenceUrl(repair.entryId, id, 'thumb'), full: evidenceUrl(repair.entryId, id, 'full') }))} />
        <Typography.Text type="secondary">
          {repair.status === 'submitted'
            ? t('credit.repair.acceptDueOn', { date: repair.acceptDueOn })
            : repair.decideDueOn && repair.status === 'accepted'
              ? t('credit.repair.decideDueOn', { date: repair.decideDueOn })
              : null}
        </Typography.Text>
        {repair.reason && <Typography.Text>{`${t('credit.repair.reason')}：${repair.reason}`}</Typography.Text>}
        {repair.handledByName && repair.decidedAt && (
          <Typography.Text type="secondary">{t('credit.repair.handled', { name: repair.handledByName, at: formatDateTime(repair.decidedAt) })}</Typography.Text>
        )}
        {manage && repair.status === 'submitted' && (
          <Flex vertical gap={6}>
            <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('credit.repair.acceptReason')} />
            <Space wrap>
              <Button type="primary" loading={busy} onClick={() => void act(() => acceptRepair(repair.id, { version: repair.version, accept: true }))} data-testid="repair-accept">
                {t('credit.repair.accept')}
              </Button>
              <Button loading={busy} onClick={() => void act(() => acceptRepair(repair.id, { version: repair.version, accept: false, reason }))}>
                {t('credit.repair.notAccept')}
              </Button>
            </Space>
          </Flex>
        )}
        {manage && repair.status === 'accepted' && <DecideForm repair={repair} laterPenalties={laterPenalties} busy={busy} onDecide={act} />}
      </Flex>
    </Card>
  );
}

function DecideForm({
  repair,
  laterPenalties,
  busy,
  onDecide,
}: {
  repair: TRepair;
  laterPenalties: TCreditPenalty[];
  busy: boolean;
  onDecide: (action: () => Promise<TListEntryDetail>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [checked, setChecked] = useState<TRepairCondition[]>([]);
  const [reason, setReason] = useState('');
  const checklist = Object.fromEntries(REPAIR_CONDITION_CODES.map((c) => [c, checked.includes(c)])) as Record<TRepairCondition, boolean>;
  const decide = (decision: 'approve' | 'reject') => void onDecide(() => decideRepair(repair.id, { version: repair.version, decision, checklist, reason }));
  return (
    <Flex vertical gap={6}>
      <Typography.Text strong>{t('credit.repair.checklist')}</Typography.Text>
      <Checkbox.Group value={checked} onChange={(v) => setChecked(v as TRepairCondition[])} data-testid="repair-checklist">
        <Flex vertical gap={4}>
          {REPAIR_CONDITION_CODES.map((c) => (
            <Checkbox key={c} value={c}>{`${lang === 'en' ? REPAIR_CONDITIONS[c].en : REPAIR_CONDITIONS[c].zh}（${REPAIR_CONDITIONS[c].article}）`}</Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <Typography.Text type="secondary">{t('credit.repair.laterPenalties')}</Typography.Text>
      <List
        size="small"
        dataSource={laterPenalties}
        locale={{ emptyText: t('credit.repair.noLaterPenalties') }}
        renderItem={(p) => <List.Item>{`${p.decisionNo} · ${p.decidedOn} · ${p.legalBasis}`}</List.Item>}
      />
      <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2 }} placeholder={t('credit.repair.reason')} data-testid="repair-reason" />
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => decide('approve')} data-testid="repair-approve">
          {t('credit.repair.approve')}
        </Button>
        <Button danger loading={busy} onClick={() => decide('reject')}>
          {t('credit.repair.reject')}
        </Button>
      </Space>
    </Flex>
  );
}
