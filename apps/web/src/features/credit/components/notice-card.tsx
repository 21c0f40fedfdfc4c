import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HEAVIER_PENALTIES, LISTING_MEASURES, type TListEntryDetail } from '@shian/shared/credit';
import { useLang } from '../../../lib/i18n.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { groundText } from './credit-tags.tsx';

/**
 * The listing decision (列入决定书) as the business receives it: grounds and basis, the measures, how to
 * leave the list and the remedies (办法 art. 13); the business signs for it in its own account.
 */
export function NoticeCard({ entry, canAcknowledge, busy, onAcknowledge }: { entry: TListEntryDetail; canAcknowledge: boolean; busy: boolean; onAcknowledge: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = (v: { zh: string; en: string }) => (lang === 'en' ? v.en : v.zh);
  return (
    <Card title={t('credit.notice.title')} size="small" data-testid="credit-notice">
      <Typography.Paragraph>{t('credit.notice.intro', { authority: entry.authority, listedOn: entry.listedOn, lastDay: entry.lastDay })}</Typography.Paragraph>
      <Typography.Title level={5}>{t('credit.notice.grounds')}</Typography.Title>
      <ul style={{ paddingInlineStart: 20 }}>
        {entry.grounds.map((g) => (
          <li key={g}>{groundText(g, lang)}</li>
        ))}
        {entry.heavierPenalties.map((p) => (
          <li key={p}>{`${text(HEAVIER_PENALTIES[p])}（${HEAVIER_PENALTIES[p].article}，${entry.penaltyDecisionNo}）`}</li>
        ))}
      </ul>
      <Typography.Paragraph>{entry.facts}</Typography.Paragraph>
      <Typography.Title level={5}>{t('credit.notice.measures')}</Typography.Title>
      <ul style={{ paddingInlineStart: 20 }}>
        {LISTING_MEASURES.map((m) => (
          <li key={m.zh}>{text(m)}</li>
        ))}
      </ul>
      <Typography.Title level={5}>{t('credit.notice.exit')}</Typography.Title>
      <Typography.Paragraph>{t('credit.notice.exitText')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('credit.notice.remedy')}</Typography.Title>
      <Typography.Paragraph>{t('credit.notice.remedyText')}</Typography.Paragraph>
      {entry.noticeAcknowledgedAt ? (
        <Typography.Text type="success">{t('credit.entry.acknowledged', { at: formatDateTime(entry.noticeAcknowledgedAt) })}</Typography.Text>
      ) : (
        canAcknowledge && (
          <Button type="primary" loading={busy} onClick={onAcknowledge} data-testid="credit-acknowledge" block>
            {t('credit.notice.acknowledge')}
          </Button>
        )
      )}
    </Card>
  );
}
