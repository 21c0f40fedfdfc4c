import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Input, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EXIT_REASON_NAMES, HEAVIER_PENALTIES, type TListEntryDetail } from '@shian/shared/credit';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../lib/i18n.ts';
import { acknowledgeEntry, approveEntry, getEntry, publishEntry, rejectEntry, restoreListing, revokeListing } from '../api/credit-api.ts';
import { EntryStatusTag, groundText } from '../components/credit-tags.tsx';
import { NoticeCard } from '../components/notice-card.tsx';
import { RepairApplyCard } from '../components/repair-apply-card.tsx';
import { RepairCard } from '../components/repair-card.tsx';

/** One list entry: the proposal and its decision, publication, the notice to the business, credit repair. */
export function ListEntryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const { me, can } = useAuth();
  const { data, error, reload, setData } = useApi((signal) => getEntry(id, signal), [id]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const e = data;
  const own = me?.operatorId === e.operatorId;
  const decided = e.status === 'listed' || e.status === 'exited';
  const pending = e.repairs.some((r) => r.status === 'submitted' || r.status === 'accepted');

  async function act(action: () => Promise<TListEntryDetail>, done: string) {
    const next = await run(action, done);
    if (next) setData(next);
  }

  return (
    <Flex vertical gap={12}>
      <Card
        title={
          <Space wrap>
            {e.operatorName}
            <EntryStatusTag status={e.status} />
          </Space>
        }
        extra={<Link to={`/operators/${e.operatorId}/credit`}>{t('credit.recordTitle')}</Link>}
        size="small"
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('credit.uscc')}>{e.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('credit.entry.penaltyDecisionNo')}>{`${e.penaltyDecisionNo}（${e.penaltyDecidedOn}）`}</Descriptions.Item>
          <Descriptions.Item label={t('credit.entry.grounds')} span={2}>
            {e.grounds.map((g) => groundText(g, lang)).join('；')}
          </Descriptions.Item>
          <Descriptions.Item label={t('credit.entry.heavierPenalties')} span={2}>
            {e.heavierPenalties.map((p) => (lang === 'en' ? HEAVIER_PENALTIES[p].en : HEAVIER_PENALTIES[p].zh)).join('；') || '—'}
          </Descriptions.Item>
          {!own && (
            <Descriptions.Item label={t('credit.entry.facts')} span={2}>
              {e.facts}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('credit.entry.priorNoticeOn')}>{e.priorNoticeOn}</Descriptions.Item>
          {e.restrictionEndsOn && <Descriptions.Item label={t('credit.entry.restrictionEndsOn')}>{e.restrictionEndsOn}</Descriptions.Item>}
          {e.listedOn && <Descriptions.Item label={t('credit.entry.listedOn')}>{e.listedOn}</Descriptions.Item>}
          {e.lastDay && <Descriptions.Item label={t('credit.entry.lastDay')}>{e.lastDay}</Descriptions.Item>}
          {e.earliestRepairOn && <Descriptions.Item label={t('credit.entry.earliestRepairOn')}>{e.earliestRepairOn}</Descriptions.Item>}
          {e.superiorConsent && <Descriptions.Item label={t('credit.entry.superiorConsent')}>{e.superiorConsent}</Descriptions.Item>}
          {e.rejectReason && <Descriptions.Item label={t('credit.entry.rejectReason')}>{e.rejectReason}</Descriptions.Item>}
          {e.exitNote && <Descriptions.Item label={t('credit.revoke.note')}>{e.exitNote}</Descriptions.Item>}
          <Descriptions.Item label={t('credit.entry.authority')}>{e.authority}</Descriptions.Item>
        </Descriptions>
        <Flex vertical gap={2}>
          {!own && <Typography.Text type="secondary">{t('credit.entry.proposedBy', { name: e.proposedByName ?? '', at: formatDateTime(e.proposedAt) })}</Typography.Text>}
          {e.decidedAt && !own && (
            <Typography.Text type="secondary">{t('credit.entry.decidedBy', { name: e.decidedByName ?? '', at: formatDateTime(e.decidedAt) })}</Typography.Text>
          )}
          {decided && (
            <Typography.Text type={e.publishedAt ? 'secondary' : 'warning'} data-testid="credit-publication">
              {e.publishedAt
                ? t('credit.entry.published', { at: formatDateTime(e.publishedAt) })
                : `${t('credit.entry.notPublished')}（${t('credit.entry.publishDueOn')} ${e.publishDueOn}）`}
            </Typography.Text>
          )}
          {e.exitedOn && e.exitReason && (
            <Typography.Text strong data-testid="credit-exit">
              {t('credit.entry.exited', { date: e.exitedOn, reason: lang === 'en' ? EXIT_REASON_NAMES[e.exitReason].en : EXIT_REASON_NAMES[e.exitReason].zh })}
            </Typography.Text>
          )}
          {e.restoredAt && e.restoreReason && (
            <Typography.Text strong type="danger" data-testid="credit-restored">
              {t('credit.restore.restored', { at: formatDateTime(e.restoredAt), reason: e.restoreReason })}
            </Typography.Text>
          )}
        </Flex>
        {can('credit.manage') && e.status === 'listed' && !e.publishedAt && (
          <Button style={{ marginTop: 8 }} loading={busy} onClick={() => void act(() => publishEntry(e.id, e.version), t('credit.publish.done'))} data-testid="credit-publish">
            {t('credit.publish.button')}
          </Button>
        )}
      </Card>
      {e.status === 'proposed' && can('credit.approve') && me?.id !== e.proposedBy && (
        <DecisionCard
          busy={busy}
          onApprove={(superiorConsent) => void act(() => approveEntry(e.id, { version: e.version, superiorConsent }), t('credit.approve.done'))}
          onReject={(reason) => void act(() => rejectEntry(e.id, { version: e.version, reason }), t('credit.approve.done'))}
        />
      )}
      {e.status === 'listed' && can('credit.approve') && (
        <ReasonedActionCard kind="revoke" busy={busy} onSubmit={(reason) => void act(() => revokeListing(e.id, { version: e.version, reason }), t('credit.revoke.done'))} />
      )}
      {e.status === 'exited' && e.exitReason === 'repaired' && can('credit.approve') && (
        <ReasonedActionCard kind="restore" busy={busy} onSubmit={(reason) => void act(() => restoreListing(e.id, { version: e.version, reason }), t('credit.restore.done'))} />
      )}
      {decided && (
        <NoticeCard
          entry={e}
          canAcknowledge={own && can('credit.apply') && e.status === 'listed'}
          busy={busy}
          onAcknowledge={() => void act(() => acknowledgeEntry(e.id, e.version), t('credit.notice.acknowledged'))}
        />
      )}
      {own && can('credit.apply') && e.status === 'listed' && !pending && <RepairApplyCard entry={e} onDone={setData} />}
      {e.repairs.length > 0 && (
        <Card title={t('credit.repair.applications')} size="small">
          <Flex vertical gap={8}>
            {e.repairs.map((r) => (
              <RepairCard key={r.id} repair={r} laterPenalties={e.laterPenalties} manage={can('credit.manage')} onChange={setData} />
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}

function DecisionCard({ busy, onApprove, onReject }: { busy: boolean; onApprove: (consent: string) => void; onReject: (reason: string) => void }) {
  const { t } = useTranslation();
  const [consent, setConsent] = useState('');
  const [reason, setReason] = useState('');
  return (
    <Card title={t('credit.approve.title')} size="small">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('credit.approve.consentHint')}</Typography.Text>
        <Input value={consent} onChange={(e) => setConsent(e.target.value)} placeholder={t('credit.entry.superiorConsent')} data-testid="credit-consent" />
        <Button type="primary" danger loading={busy} onClick={() => onApprove(consent.trim())} data-testid="credit-approve">
          {t('credit.approve.approve')}
        </Button>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2 }} placeholder={t('credit.approve.reasonPlaceholder')} />
        <Button loading={busy} onClick={() => onReject(reason.trim())}>
          {t('credit.approve.reject')}
        </Button>
      </Flex>
    </Card>
  );
}

/** Revoking a listing (art. 19) or an exit by repair (art. 20): a decision with its written grounds. */
function ReasonedActionCard({ kind, busy, onSubmit }: { kind: 'revoke' | 'restore'; busy: boolean; onSubmit: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Card title={t(`credit.${kind}.title`)} size="small">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t(`credit.${kind}.hint`)}</Typography.Text>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 2 }}
          placeholder={t(`credit.${kind}.placeholder`)}
          data-testid={`credit-${kind}-reason`}
        />
        <Button danger loading={busy} onClick={() => onSubmit(reason.trim())} data-testid={`credit-${kind}`}>
          {t(`credit.${kind}.button`)}
        </Button>
      </Flex>
    </Card>
  );
}
