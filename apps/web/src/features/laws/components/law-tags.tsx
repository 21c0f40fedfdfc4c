import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLawLevel, TLawValidity } from '@shian/shared/law';

const VALIDITY_COLOR: Record<TLawValidity, string> = { in_force: 'green', amended: 'orange', repealed: 'default' };

export function LawTags({ level, validity }: { level: TLawLevel; validity: TLawValidity }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color="blue">{t(`laws.levels.${level}`)}</Tag>
      <Tag color={VALIDITY_COLOR[validity]}>{t(`laws.validities.${validity}`)}</Tag>
    </>
  );
}
