import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Input, Segmented, Typography } from 'antd';
import { AimOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { SUPERVISION_POINTS, type TCadreVisitMode, type TPointOutcome, type TSupervisionPointKey } from '@shian/shared/cadre-visit';
import { useApi } from '../../../api/use-api.ts';
import { getOperator } from '../../../api/operator-summary.ts';
import { OperatorSelfCheckCard } from '../../../components/operator-self-check-card.tsx';
import { OperatorPicker } from '../../../components/operator-picker.tsx';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { useLang } from '../../../lib/i18n.ts';
import { createVisit, uploadVisitPhoto } from '../api/cadre-visits-api.ts';
import { NewPhotos } from '../components/new-photos.tsx';
import { PointCard } from '../components/point-card.tsx';
import { ProblemEditor, type TProblemDraft } from '../components/problem-editor.tsx';
import { useLocation } from '../components/use-location.ts';

type TAnswers = Partial<Record<TSupervisionPointKey, { outcome?: TPointOutcome; note: string }>>;

/** 记录督导 on a phone: the subject, on site (time and place) or remote, the checklist, photos, problems. */
export function VisitRecordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [operatorId, setOperatorId] = useState<string | undefined>(search.get('operatorId') ?? undefined);
  const subject = useApi((signal) => (operatorId ? getOperator(operatorId, signal) : Promise.resolve(null)), [operatorId]);
  const [mode, setMode] = useState<TCadreVisitMode>('on_site');
  const [startedAt, setStartedAt] = useState(() => new Date());
  const [now, setNow] = useState(() => new Date());
  const [answers, setAnswers] = useState<TAnswers>({});
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<TProblemDraft[]>([]);
  const [request, setRequest] = useState('');
  const location = useLocation(mode === 'on_site');
  const { busy, run } = useAction();
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const answer = (key: TSupervisionPointKey, patch: Partial<{ outcome: TPointOutcome; note: string }>) => setAnswers((a) => ({ ...a, [key]: { note: '', ...a[key], ...patch } }));
  const given = SUPERVISION_POINTS.flatMap((p) => {
    const a = answers[p.key];
    return a?.outcome ? [{ pointKey: p.key, outcome: a.outcome, note: a.note.trim() }] : [];
  });
  const complete = mode === 'remote' ? request.trim().length > 0 : given.length === SUPERVISION_POINTS.length;
  const firstFailed = given.find((a) => a.outcome === 'nonconforming')?.pointKey ?? SUPERVISION_POINTS[0].key;

  async function submit() {
    if (!operatorId) return;
    const endedAt = new Date();
    const body = {
      operatorId,
      mode,
      startedAt: startedAt.toISOString(),
      endedAt: endedAt.toISOString(),
      location: mode === 'on_site' ? location.fix : null,
      answers: given,
      photoIds,
      problems,
      request: request.trim(),
    };
    const saved = await run(() => createVisit(body), t('cadreVisits.submitted'));
    if (saved) navigate(`/cadre-visits/${saved.id}`, { replace: true });
  }

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Card size="small" title={t('cadreVisits.record')}>
        <Flex vertical gap={10}>
          {operatorId && subject.data ? (
            <Typography.Text strong data-testid="visit-subject">
              {subject.data.name}
              <Typography.Text type="secondary">（{subject.data.unitName}）</Typography.Text>
            </Typography.Text>
          ) : (
            <OperatorPicker value={operatorId} onChange={setOperatorId} placeholder={t('cadreVisits.pickSubject')} testId="visit-subject-picker" />
          )}
          {subject.error && <Alert type="error" showIcon message={subject.error.message} />}
          <Segmented<TCadreVisitMode>
            block
            value={mode}
            onChange={setMode}
            options={(['on_site', 'remote'] as const).map((value) => ({ value, label: t(`cadreVisits.modes.${value}`) }))}
          />
          {mode === 'on_site' && (
            <>
              <Flex gap={8} align="center" wrap>
                <ClockCircleOutlined />
                <Typography.Text>
                  {t('cadreVisits.startedAt')} {formatDateTime(startedAt.toISOString())} ·{' '}
                  {t('cadreVisits.duration', { minutes: Math.max(0, Math.floor((now.getTime() - startedAt.getTime()) / 60_000)) })}
                </Typography.Text>
                <Button size="small" onClick={() => setStartedAt(new Date())}>
                  {t('cadreVisits.startNow')}
                </Button>
              </Flex>
              <Flex gap={8} align="center" wrap>
                <AimOutlined />
                <Typography.Text type={location.fix ? undefined : 'warning'} data-testid="visit-location">
                  {location.fix
                    ? t('cadreVisits.located', { accuracy: location.fix.accuracy })
                    : location.error
                      ? t('cadreVisits.locationDenied', { reason: location.error })
                      : t('cadreVisits.noLocation')}
                </Typography.Text>
                <Button size="small" loading={location.busy} onClick={location.locate}>
                  {t('cadreVisits.locate')}
                </Button>
              </Flex>
            </>
          )}
          {mode === 'remote' && (
            <Input.TextArea
              value={request}
              onChange={(e) => setRequest(e.target.value)}
              autoSize={{ minRows: 2 }}
              maxLength={1000}
              placeholder={t('cadreVisits.requestPlaceholder')}
              aria-label={t('cadreVisits.request')}
            />
          )}
        </Flex>
      </Card>
      {/* What the business recorded itself (日管控、周排查、月调度): the visit checks that it keeps them. */}
      {operatorId && subject.data && <OperatorSelfCheckCard operatorId={operatorId} />}
      <Card size="small" title={t('cadreVisits.points')}>
        <Flex vertical gap={4}>
          {SUPERVISION_POINTS.map((p, i) => (
            <PointCard
              key={p.key}
              index={i + 1}
              label={lang === 'en' ? p.en : p.zh}
              outcome={answers[p.key]?.outcome}
              note={answers[p.key]?.note ?? ''}
              onOutcome={(outcome) => answer(p.key, { outcome })}
              onNote={(note) => answer(p.key, { note })}
            />
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('cadreVisits.photos')}>
        <NewPhotos upload={uploadVisitPhoto} onChange={setPhotoIds} testId="visit-photo" />
      </Card>
      <Card size="small" title={t('cadreVisits.problems')}>
        <ProblemEditor problems={problems} onChange={setProblems} suggested={firstFailed} />
      </Card>
      <Button type="primary" size="large" block disabled={!operatorId || !complete} loading={busy} onClick={() => void submit()} data-testid="visit-submit">
        {t('cadreVisits.submit')}
      </Button>
    </Flex>
  );
}
