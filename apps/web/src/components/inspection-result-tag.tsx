import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TInspectionResult, TInspectionStatus } from '@shian/shared/inspection';

const COLORS: Record<TInspectionResult, string> = { conforming: 'green', basically_conforming: 'gold', nonconforming: 'red' };

export function InspectionResultTag({ result, status }: { result: TInspectionResult | null; status: TInspectionStatus }) {
  const { t } = useTranslation();
  if (!result) return <Tag color="blue">{t(`inspections.statuses.${status}`)}</Tag>;
  return (
    <Tag color={COLORS[result]} data-testid="inspection-result">
      {t(`inspections.results.${result}`)}
    </Tag>
  );
}
