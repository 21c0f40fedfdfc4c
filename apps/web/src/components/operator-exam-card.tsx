import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TExamSummary } from '@shian/shared/exam';
import { chinaToday } from '@shian/shared/working-days';
import { listOperatorResults, listOwnResults } from '../api/exam-results.ts';
import { useApi } from '../api/use-api.ts';
import { formatDateTime } from './date-text.ts';

/** Each manager's latest submitted exam (newest first in the answer), one a person. */
function latestPerPerson(items: TExamSummary[]): TExamSummary[] {
  const seen = new Set<string>();
  return items
    .filter((e) => e.submittedAt !== null && e.personnelId !== null)
    .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))
    .filter((e) => !seen.has(e.personnelId!) && !!seen.add(e.personnelId!));
}

/**
 * 管理人员考核 on the operator page: each manager's latest result (online or spot exam) and the retake deadlines of
 * failed spot exams not yet cleared by a pass, red once past. `own`: the business reads its own results.
 */
export function OperatorExamCard({ operatorId, own }: { operatorId: string; own: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useApi((signal) => (own ? listOwnResults(signal) : listOperatorResults(operatorId, signal)), [operatorId, own]);
  if (error) return null;
  const items = (data?.items ?? []).filter((e) => e.operatorId === operatorId);
  const latest = latestPerPerson(items);
  const today = chinaToday();
  const retakes = items.filter((e) => e.retakeBy !== null).sort((a, b) => (a.retakeBy ?? '').localeCompare(b.retakeBy ?? ''));
  return (
    <Card title={t('exams.card.title')} loading={!data} data-testid="operator-exam-card">
      <Flex vertical gap={8}>
        {retakes.map((e) => {
          const past = e.retakeBy! < today;
          return (
            <Typography.Text key={e.id} type={past ? 'danger' : 'warning'} data-testid="operator-exam-retake" data-past={past}>
              {t(past ? 'exams.card.retakeOverdue' : 'exams.retakeDue', { name: e.candidateName, date: e.retakeBy })}
            </Typography.Text>
          );
        })}
        <List
          size="small"
          dataSource={latest}
          locale={{ emptyText: t('exams.card.none') }}
          renderItem={(e) => (
            <List.Item data-testid="operator-exam-row" extra={<Tag color={e.passed ? 'green' : 'red'}>{`${e.passed ? t('exams.passed') : t('exams.failed')} ${e.score}`}</Tag>}>
              <List.Item.Meta
                title={`${e.candidateName}（${t(`exams.audiences.${e.audience}`)}）`}
                description={`${t(`exams.kinds.${e.kind}`)} · ${formatDateTime(e.submittedAt)}`}
              />
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
