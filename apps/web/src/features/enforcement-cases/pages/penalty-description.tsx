import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPenalty } from '@shian/shared/enforcement-case';

/**
 * A proposed or decided penalty: basis, kinds, fine and facts. `full` adds the goods' value and what is
 * confiscated, which the case file shows and the notice to the party does not.
 */
export function PenaltyDescription({ penalty, full = false }: { penalty: TPenalty; full?: boolean }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('enforcementCases.basis')}>{penalty.basisText}</Descriptions.Item>
      <Descriptions.Item label={t('enforcementCases.penaltyKinds')}>{penalty.kinds.map((k) => t(`enforcementCases.kinds.${k}`)).join('、')}</Descriptions.Item>
      {penalty.fineAmount !== null && <Descriptions.Item label={t('enforcementCases.fineAmount')}>{penalty.fineAmount.toLocaleString()}</Descriptions.Item>}
      {full && penalty.goodsValue !== null && <Descriptions.Item label={t('enforcementCases.goodsValue')}>{penalty.goodsValue.toLocaleString()}</Descriptions.Item>}
      {full && penalty.confiscation && <Descriptions.Item label={t('enforcementCases.confiscation')}>{penalty.confiscation}</Descriptions.Item>}
      <Descriptions.Item label={t('enforcementCases.factsFound')}>{penalty.facts}</Descriptions.Item>
    </Descriptions>
  );
}
