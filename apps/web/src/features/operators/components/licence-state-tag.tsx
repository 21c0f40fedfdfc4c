import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLicenceState } from '@shian/shared/operator';

const COLORS: Record<TLicenceState, string> = { valid: 'green', expiring: 'orange', expired: 'red' };

export function LicenceStateTag({ state }: { state: TLicenceState }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[state]}>{t(`operators.licence.states.${state}`)}</Tag>;
}
