import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TStandardStatus } from '@shian/shared/food-standard';

const COLOURS: Record<TStandardStatus, string> = { in_force: 'green', to_be_implemented: 'blue', superseded: 'orange', repealed: 'default' };

/** A standard's status today, in the colours used wherever a standard is cited. */
export function StandardStatusTag({ status }: { status: TStandardStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status]}>{t(`foodStandards.statuses.${status}`)}</Tag>;
}
