import { useState } from 'react';
import { Alert, Button, Card, Flex, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { getOperator } from '../api/operator-summary.ts';
import { listSpotExams, startSpotExam } from '../api/spot-exams.ts';
import { useApi } from '../api/use-api.ts';
import { useAuth } from '../auth/auth-context.ts';
import { useAction } from './use-action.ts';

/**
 * 现场考核 on an inspection: the spot exams given during it with pass or fail and the retake deadline, and, while
 * the inspection is open, a manager of the inspected operator picked to answer on this phone.
 */
export function SpotExamCard({ inspectionId, operatorId, open }: { inspectionId: string; operatorId: string; open: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const exams = useApi((signal) => listSpotExams(inspectionId, signal), [inspectionId]);
  const mayStart = open && can('exam.spot');
  const operator = useApi((signal) => (mayStart ? getOperator(operatorId, signal) : Promise.resolve(null)), [operatorId, mayStart]);
  const [personnelId, setPersonnelId] = useState<string>();
  const { busy, run } = useAction();
  if (exams.error) return null;
  const managers = operator.data?.personnel ?? [];

  async function start() {
    if (!personnelId) return;
    const exam = await run(() => startSpotExam(inspectionId, personnelId));
    if (exam) navigate(`/exams/${exam.id}`);
  }

  return (
    <Card size="small" title={t('exams.spot.title')} loading={!exams.data} data-testid="spot-exams">
      <Flex vertical gap={8}>
        {mayStart &&
          (operator.data && managers.length === 0 ? (
            <Alert type="warning" message={t('exams.spot.noManagers')} />
          ) : (
            <Flex gap={8} wrap>
              <Select
                style={{ flex: 1, minWidth: 200 }}
                aria-label={t('exams.spot.pick')}
                placeholder={t('exams.spot.pick')}
                value={personnelId}
                onChange={setPersonnelId}
                loading={!operator.data}
                options={managers.map((p) => ({ value: p.id, label: `${p.name}（${t(`exams.audiences.${p.role}`)}）` }))}
                data-testid="spot-exam-person"
              />
              <Button type="primary" disabled={!personnelId} loading={busy} onClick={() => void start()} data-testid="spot-exam-start">
                {t('exams.spot.start')}
              </Button>
            </Flex>
          ))}
        {!open && <Typography.Text type="secondary">{t('exams.spot.closed')}</Typography.Text>}
        <List
          size="small"
          dataSource={exams.data ?? []}
          locale={{ emptyText: t('exams.spot.none') }}
          renderItem={(e) => (
            <List.Item
              data-testid="spot-exam-row"
              extra={
                e.passed === null ? (
                  <Link to={`/exams/${e.id}`}>{t('exams.spot.open')}</Link>
                ) : (
                  <Tag color={e.passed ? 'green' : 'red'}>{`${e.passed ? t('exams.passed') : t('exams.failed')} ${e.score}`}</Tag>
                )
              }
            >
              <List.Item.Meta
                title={<Link to={`/exams/${e.id}`}>{`${e.candidateName}（${t(`exams.audiences.${e.audience}`)}）`}</Link>}
                description={e.retakeBy ? <Typography.Text type="warning">{t('exams.retakeBy', { date: e.retakeBy })}</Typography.Text> : null}
              />
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
