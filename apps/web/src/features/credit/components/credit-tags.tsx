import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LISTING_GROUNDS, type TCreditStatus, type TListEntryStatus, type TListingGround, type TRepairStatus } from '@shian/shared/credit';
import type { TLang } from '@shian/shared/messages';

const STATUS_COLOR: Record<TCreditStatus, string> = { normal: 'green', listed: 'red', repaired: 'blue' };
const ENTRY_COLOR: Record<TListEntryStatus, string> = { proposed: 'gold', rejected: 'default', listed: 'red', exited: 'default' };
const REPAIR_COLOR: Record<TRepairStatus, string> = { submitted: 'gold', accepted: 'blue', not_accepted: 'default', approved: 'green', rejected: 'red', lapsed: 'default' };

export function CreditStatusTag({ status }: { status: TCreditStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="credit-status">
      {t(`credit.status.${status}`)}
    </Tag>
  );
}

export function EntryStatusTag({ status }: { status: TListEntryStatus }) {
  const { t } = useTranslation();
  return <Tag color={ENTRY_COLOR[status]}>{t(`credit.entryStatus.${status}`)}</Tag>;
}

export function RepairStatusTag({ status }: { status: TRepairStatus }) {
  const { t } = useTranslation();
  return <Tag color={REPAIR_COLOR[status]}>{t(`credit.repairStatus.${status}`)}</Tag>;
}

/** "第五条第（二）项：用非食品原料生产食品" in the reader's language. */
export function groundText(code: TListingGround, lang: TLang): string {
  const g = LISTING_GROUNDS[code];
  return lang === 'en' ? `${g.en} (${g.article})` : `${g.article}：${g.zh}`;
}
