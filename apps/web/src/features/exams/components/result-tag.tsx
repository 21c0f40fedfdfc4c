import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TExamSummary } from '@shian/shared/exam';

/** Passed or failed with the score, or "not submitted". */
export function ResultTag({ exam }: { exam: TExamSummary }) {
  const { t } = useTranslation();
  if (exam.passed === null) return <Tag>{t('exams.open')}</Tag>;
  return <Tag color={exam.passed ? 'green' : 'red'}>{`${exam.passed ? t('exams.passed') : t('exams.failed')} ${exam.score}`}</Tag>;
}
