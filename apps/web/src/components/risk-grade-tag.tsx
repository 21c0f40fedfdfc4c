import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const GRADE_COLOURS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

export function RiskGradeTag({ grade }: { grade: string | null }) {
  const { t } = useTranslation();
  if (!grade) return <Tag>{t('riskGrades.ungraded')}</Tag>;
  return <Tag color={GRADE_COLOURS[grade]}>{t('riskGrades.grade', { grade })}</Tag>;
}
