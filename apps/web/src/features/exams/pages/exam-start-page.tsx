import { useState } from 'react';
import { Alert, Button, Card, Flex, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { TExamAudience } from '@shian/shared/exam-question';
import { getOperator } from '../../../api/operator-summary.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { getExamSettings, startExam } from '../api/exams-api.ts';

/** 在线考试: the rules, who sits (a business picks one of its managers), and the start; an open exam is resumed. */
export function ExamStartPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const business = me?.scope === 'operator' && me.operatorId;
  const settings = useApi((signal) => getExamSettings(signal), []);
  const operator = useApi((signal) => (business ? getOperator(business, signal) : Promise.resolve(null)), [business]);
  const [personnelId, setPersonnelId] = useState<string | undefined>(search.get('personnelId') ?? undefined);
  const { busy, run } = useAction();
  const error = settings.error ?? operator.error;
  if (error) return <LoadError error={error} onRetry={settings.reload} />;
  if (!settings.data || (business && !operator.data)) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const managers = operator.data?.personnel ?? [];
  const person = managers.find((p) => p.id === personnelId);
  const audience: TExamAudience | undefined = business ? person?.role : me?.role === 'cadre' ? 'cadre' : 'supervisor';
  const s = settings.data;

  async function start() {
    if (!audience) return;
    const exam = await run(() => startExam({ audience, ...(business ? { personnelId } : {}) }));
    if (exam) navigate(`/exams/${exam.id}`);
  }

  return (
    <Card size="small" title={t('exams.startTitle')} data-testid="exam-start" style={{ maxWidth: 640 }}>
      <Flex vertical gap={12}>
        <Alert type="info" message={t('exams.rules', { count: s.questionCount, minutes: s.timeLimitMinutes, pass: s.passPercent })} />
        {business &&
          (managers.length === 0 ? (
            <Alert type="warning" message={t('exams.noManagers')} />
          ) : (
            <Flex vertical gap={4}>
              <Typography.Text>{t('exams.candidate')}</Typography.Text>
              <Select
                aria-label={t('exams.candidate')}
                placeholder={t('exams.pickCandidate')}
                value={personnelId}
                onChange={setPersonnelId}
                options={managers.map((p) => ({ value: p.id, label: `${p.name}（${t(`exams.audiences.${p.role}`)}）` }))}
                data-testid="exam-candidate"
              />
            </Flex>
          ))}
        {audience && <Typography.Text type="secondary">{t('exams.audienceOf', { audience: t(`exams.audiences.${audience}`) })}</Typography.Text>}
        <Button type="primary" block disabled={!audience} loading={busy} onClick={() => void start()} data-testid="exam-start-button">
          {t('exams.start')}
        </Button>
      </Flex>
    </Card>
  );
}
