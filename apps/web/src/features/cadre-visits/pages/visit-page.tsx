import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Input, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { SUPERVISION_POINTS, type TCadreVisit } from '@shian/shared/cadre-visit';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useLang } from '../../../lib/i18n.ts';
import { getVisit, respondToVisit, reviewVisit, uploadBusinessPhoto, visitPhotoUrl } from '../api/cadre-visits-api.ts';
import { NewPhotos } from '../components/new-photos.tsx';
import { ProblemItem } from '../components/problem-item.tsx';
import { FlagExplanations } from '../components/visit-flags.tsx';

const OUTCOME_COLORS = { conforming: 'green', nonconforming: 'red', not_applicable: 'default' } as const;

/** The business answers a remote visit with its records and photos. */
function RespondForm({ visit, onDone }: { visit: TCadreVisit; onDone: (next: TCadreVisit) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const { busy, run } = useAction();
  return (
    <Flex vertical gap={8}>
      <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 2 }} maxLength={2000} placeholder={t('cadreVisits.respondPlaceholder')} />
      <NewPhotos upload={(file) => uploadBusinessPhoto(visit.id, file)} onChange={setPhotoIds} testId="visit-business-photo" />
      <Button
        type="primary"
        disabled={!note.trim() || photoIds.length === 0}
        loading={busy}
        onClick={() => void run(() => respondToVisit(visit.id, { version: visit.version, note, photoIds }), t('cadreVisits.responded')).then((v) => v && onDone(v))}
      >
        {t('cadreVisits.respond')}
      </Button>
    </Flex>
  );
}

/** The food-safety office marks a flagged visit reviewed. */
function ReviewForm({ visit, onDone }: { visit: TCadreVisit; onDone: (next: TCadreVisit) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const { busy, run } = useAction();
  return (
    <Flex gap={8} wrap>
      <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} placeholder={t('cadreVisits.reviewNote')} style={{ flex: 1, minWidth: 180 }} />
      <Button loading={busy} onClick={() => void run(() => reviewVisit(visit.id, { version: visit.version, note }), t('cadreVisits.reviewed')).then((v) => v && onDone(v))}>
        {t('cadreVisits.review')}
      </Button>
    </Flex>
  );
}

export function VisitPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAuth();
  const { id = '' } = useParams();
  const { data: v, error, reload, setData } = useApi((signal) => getVisit(id, signal), [id]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!v) return <Spin />;
  const minutes = Math.round((Date.parse(v.endedAt) - Date.parse(v.startedAt)) / 60_000);
  const photos = (ids: string[]) => ids.map((fileId) => ({ id: fileId, thumb: visitPhotoUrl(v.id, fileId, 'thumb'), full: visitPhotoUrl(v.id, fileId, 'full') }));
  const replaceProblem = (next: TCadreVisit['problemList'][number]) => setData({ ...v, problemList: v.problemList.map((p) => (p.id === next.id ? next : p)) });
  return (
    <Flex vertical gap={12} style={{ maxWidth: 820 }}>
      <Card size="small" title={t('cadreVisits.visitTitle')} extra={<Tag color={v.status === 'completed' ? 'green' : 'gold'}>{t(`cadreVisits.statuses.${v.status}`)}</Tag>}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('cadreVisits.subject')}>{v.operatorName}</Descriptions.Item>
          <Descriptions.Item label={t('cadreVisits.cadre')}>{v.cadreName}</Descriptions.Item>
          <Descriptions.Item label={t('cadreVisits.mode')}>{t(`cadreVisits.modes.${v.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cadreVisits.startedAt')}>
            {formatDateTime(v.startedAt)} {v.mode === 'on_site' && `· ${t('cadreVisits.duration', { minutes })}`}
          </Descriptions.Item>
          {v.mode === 'on_site' && (
            <Descriptions.Item label={t('cadreVisits.location')}>
              {v.location ? `${v.location.lat.toFixed(5)}, ${v.location.lng.toFixed(5)}（±${Math.round(v.location.accuracy)} m）` : t('cadreVisits.noLocation')}
            </Descriptions.Item>
          )}
          {v.request && <Descriptions.Item label={t('cadreVisits.request')}>{v.request}</Descriptions.Item>}
        </Descriptions>
        <FlagExplanations flags={v.flags} />
        {v.flags.length > 0 && v.flagReviewedAt && (
          <Typography.Text type="secondary">{t('cadreVisits.reviewedBy', { name: v.flagReviewedByName ?? '', note: v.flagReviewNote ?? '' })}</Typography.Text>
        )}
        {v.flags.length > 0 && !v.flagReviewedAt && can('cadre-visit.review') && <ReviewForm visit={v} onDone={setData} />}
      </Card>
      {v.mode === 'remote' && (v.businessNote || can('cadre-visit.respond')) && (
        <Card size="small" title={t('cadreVisits.businessAnswer')}>
          {v.businessNote ? (
            <Flex vertical gap={6}>
              <Typography.Text>{v.businessNote}</Typography.Text>
              <PhotoThumbs urls={photos(v.businessFileIds)} />
            </Flex>
          ) : (
            v.status === 'awaiting_business' && <RespondForm visit={v} onDone={setData} />
          )}
        </Card>
      )}
      {v.answers.length > 0 && (
        <Card size="small" title={t('cadreVisits.points')}>
          <List
            size="small"
            dataSource={v.answers}
            renderItem={(a) => {
              const point = SUPERVISION_POINTS.find((p) => p.key === a.pointKey);
              return (
                <List.Item>
                  <Flex vertical gap={2}>
                    <span>
                      <Tag color={OUTCOME_COLORS[a.outcome]}>{t(`cadreVisits.outcomes.${a.outcome}`)}</Tag>
                      {point && (lang === 'en' ? point.en : point.zh)}
                    </span>
                    {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
                  </Flex>
                </List.Item>
              );
            }}
          />
          <PhotoThumbs urls={photos(v.photoFileIds)} />
        </Card>
      )}
      {v.problemList.length > 0 && (
        <Card size="small" title={t('cadreVisits.problems')}>
          <List
            dataSource={v.problemList}
            renderItem={(p) => (
              <List.Item>
                <ProblemItem problem={p} mayHandle={can('cadre-problem.handle')} mayEscalate={false} showVisit={false} onChange={replaceProblem} />
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
