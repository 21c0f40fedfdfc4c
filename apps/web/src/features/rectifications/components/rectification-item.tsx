import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TRectification } from '@shian/shared/rectification';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { evidenceUrl } from '../api/rectifications-api.ts';
import { AnswerForm } from './answer-form.tsx';
import { ReviewForm } from './review-form.tsx';

const STATUS_COLORS = { open: 'blue', answered: 'gold', accepted: 'green', rejected: 'red' } as const;

type TProps = { rectification: TRectification; mayAnswer: boolean; mayReview: boolean; onChange: (next: TRectification) => void };

export function RectificationItem({ rectification: r, mayAnswer, mayReview, onChange }: TProps) {
  const { t } = useTranslation();
  const awaitingAnswer = r.status === 'open' || r.status === 'rejected';
  return (
    <Flex vertical gap={6} style={{ width: '100%' }} data-testid="rectification-row">
      <Flex gap={6} wrap align="center">
        <Tag color={STATUS_COLORS[r.status]}>{t(`rectifications.statuses.${r.status}`)}</Tag>
        {r.overdue && <Tag color="red">{t('rectifications.overdue')}</Tag>}
        {r.late && <Tag color="orange">{t('rectifications.late')}</Tag>}
        {r.escalatedAt && <Tag color="volcano">{t('rectifications.escalated')}</Tag>}
        {mayAnswer ? <Typography.Text strong>{r.operatorName}</Typography.Text> : <Link to={`/inspections/${r.inspectionId}`}>{r.operatorName}</Link>}
      </Flex>
      {r.itemContent && (
        <Typography.Text>
          {r.itemKey && <Tag color="red">{t('inspections.key')}</Tag>}
          {r.itemContent}
        </Typography.Text>
      )}
      <Typography.Text>
        {t('rectifications.demand')}：{r.demand}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('rectifications.inspectedOn')} {r.inspectedOn} · {t('rectifications.dueOn')} {r.dueOn}
        {r.stationName ? ` · ${r.stationName}` : ''}
      </Typography.Text>
      {r.reviewNote && <Typography.Text type="danger">{t('rectifications.reviewNote', { note: r.reviewNote })}</Typography.Text>}
      {r.answer && !awaitingAnswer && (
        <>
          <Typography.Text>
            {t('rectifications.answer')}：{r.answer}
          </Typography.Text>
          <PhotoThumbs urls={r.answerPhotoIds.map((id) => ({ id, thumb: evidenceUrl(r.id, id, 'thumb'), full: evidenceUrl(r.id, id, 'full') }))} />
        </>
      )}
      {mayAnswer && awaitingAnswer && <AnswerForm rectification={r} onDone={onChange} />}
      {mayReview && r.status === 'answered' && <ReviewForm rectification={r} onDone={onChange} />}
    </Flex>
  );
}
