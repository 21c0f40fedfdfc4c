import { useState } from 'react';
import { Button, Flex, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SUPERVISION_POINTS, type TCadreProblem } from '@shian/shared/cadre-visit';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useLang } from '../../../lib/i18n.ts';
import { closeProblem, escalateProblem, problemPhotoUrl, uploadProblemEvidence } from '../api/cadre-visits-api.ts';
import { NewPhotos } from './new-photos.tsx';

const STATUS_COLORS = { open: 'blue', escalated: 'volcano', closed: 'green' } as const;

type TProps = { problem: TCadreProblem; mayHandle: boolean; mayEscalate: boolean; showVisit: boolean; onChange: (next: TCadreProblem) => void };

/** A problem handed over: its clock and outcome; for the station, closing it with evidence or escalating it. */
export function ProblemItem({ problem: p, mayHandle, mayEscalate, showVisit, onChange }: TProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [acting, setActing] = useState<'close' | 'escalate' | null>(null);
  const [note, setNote] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const { busy, run } = useAction();
  const point = SUPERVISION_POINTS.find((x) => x.key === p.pointKey);

  async function send() {
    const next = await run(
      () => (acting === 'close' ? closeProblem(p.id, { version: p.version, note, photoIds }) : escalateProblem(p.id, { version: p.version, note })),
      t(acting === 'close' ? 'cadreVisits.closed' : 'cadreVisits.escalated'),
    );
    if (next) {
      setActing(null);
      onChange(next);
    }
  }

  return (
    <Flex vertical gap={6} style={{ width: '100%' }} data-testid="cadre-problem">
      <Flex gap={6} wrap align="center">
        <Tag color={STATUS_COLORS[p.status]}>{t(`cadreVisits.problemStatuses.${p.status}`)}</Tag>
        {p.overdue && <Tag color="red">{t('cadreVisits.overdue')}</Tag>}
        {showVisit ? <Link to={`/cadre-visits/${p.visitId}`}>{p.operatorName}</Link> : <Typography.Text strong>{p.stationName}</Typography.Text>}
      </Flex>
      <Typography.Text>{p.description}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {point && (lang === 'en' ? point.en : point.zh)} · {t('cadreVisits.handedOn')} {p.handedOn} · {t('cadreVisits.dueOn')} {p.dueOn}
        {showVisit ? ` · ${p.stationName} · ${t('cadreVisits.cadre')} ${p.cadreName}` : ''}
      </Typography.Text>
      {p.escalateNote && <Typography.Text type="warning">{t('cadreVisits.escalatedWith', { note: p.escalateNote })}</Typography.Text>}
      {p.status === 'closed' && (
        <>
          <Typography.Text type="success" data-testid="cadre-problem-outcome">
            {t('cadreVisits.closedBy', { name: p.closedByName ?? '', note: p.closeNote ?? '' })}
          </Typography.Text>
          <PhotoThumbs urls={p.closeFileIds.map((id) => ({ id, thumb: problemPhotoUrl(p.id, id, 'thumb'), full: problemPhotoUrl(p.id, id, 'full') }))} />
        </>
      )}
      {mayHandle && p.status !== 'closed' && !acting && (
        <Flex gap={8}>
          <Button type="primary" onClick={() => setActing('close')} data-testid="cadre-problem-close">
            {t('cadreVisits.close')}
          </Button>
          {mayEscalate && p.status === 'open' && <Button onClick={() => setActing('escalate')}>{t('cadreVisits.escalate')}</Button>}
        </Flex>
      )}
      {acting && (
        <Flex vertical gap={8}>
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoSize={{ minRows: 2 }}
            maxLength={acting === 'close' ? 2000 : 1000}
            placeholder={acting === 'close' ? t('cadreVisits.closePlaceholder') : t('cadreVisits.escalateNote')}
            aria-label={acting === 'close' ? t('cadreVisits.closeNote') : t('cadreVisits.escalateNote')}
            data-testid="cadre-problem-note"
          />
          {acting === 'close' && <NewPhotos upload={(file) => uploadProblemEvidence(p.id, file)} onChange={setPhotoIds} testId="cadre-problem-photo" />}
          <Flex gap={8}>
            <Button
              type="primary"
              loading={busy}
              disabled={!note.trim() || (acting === 'close' && photoIds.length === 0)}
              onClick={() => void send()}
              data-testid="cadre-problem-submit"
            >
              {acting === 'close' ? t('cadreVisits.close') : t('cadreVisits.escalate')}
            </Button>
            <Button onClick={() => setActing(null)}>{t('common.cancel')}</Button>
          </Flex>
        </Flex>
      )}
    </Flex>
  );
}
