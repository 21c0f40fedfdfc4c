import { Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TInspection } from '@shian/shared/inspection';
import { formatDateTime } from '../../../components/date-text.ts';
import { photoUrl, signatureUrl } from '../api/inspections-api.ts';
import { InspectionResultTag } from '../../../components/inspection-result-tag.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { NoticeLetterLink } from '../../../components/notice-letter-link.tsx';

const OUTCOME_COLORS = { conforming: 'green', nonconforming: 'red', not_applicable: 'default' } as const;

/** A closed inspection (or an open one seen by someone who cannot edit it). */
export function InspectionDetail({ inspection }: { inspection: TInspection }) {
  const { t } = useTranslation();
  const thumbs = (itemId: string | null) =>
    inspection.photos.filter((p) => p.itemId === itemId).map((p) => ({ id: p.id, thumb: photoUrl(inspection.id, p.id, 'thumb'), full: photoUrl(inspection.id, p.id, 'full') }));
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('inspections.result')}>
            <InspectionResultTag result={inspection.result} status={inspection.status} />
            {inspection.keyNonconforming > 0 && <Tag>{t('inspections.keyNonconforming', { count: inspection.keyNonconforming })}</Tag>}
            {inspection.generalNonconforming > 0 && <Tag>{t('inspections.generalNonconforming', { count: inspection.generalNonconforming })}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.closedAt')}>{formatDateTime(inspection.closedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.summary')}>{inspection.summary || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.representative')}>{inspection.representativeName || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.locationNote')}>
            {[inspection.locationNote, inspection.latitude !== null ? `${inspection.latitude}, ${inspection.longitude}` : null].filter(Boolean).join(' · ') || '—'}
          </Descriptions.Item>
        </Descriptions>
        {inspection.hasSignature && <img src={signatureUrl(inspection.id, inspection.version)} alt={t('inspections.signed')} style={{ maxWidth: 240, border: '1px solid #eee' }} />}
      </Card>
      {inspection.rectifications.length > 0 && (
        <Card size="small" title={t('inspections.demands')} extra={<NoticeLetterLink kind="rectification" inspectionId={inspection.id} operatorId={inspection.operatorId} />}>
          <List
            size="small"
            dataSource={inspection.rectifications}
            renderItem={(r) => (
              <List.Item>
                <Flex vertical gap={2}>
                  <Typography.Text>{inspection.items.find((i) => i.id === r.itemId)?.content}</Typography.Text>
                  <Typography.Text type="secondary">
                    {r.demand} · {t('inspections.dueOn', { date: r.dueOn })} · {t(`rectifications.statuses.${r.status as 'open'}`)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card size="small" title={`${inspection.templateName} v${inspection.templateVersionNo}`}>
        <List
          size="small"
          dataSource={inspection.items}
          renderItem={(item) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Typography.Text>
                  {item.position}. {item.key && <Tag color="red">{t('inspections.key')}</Tag>}
                  {item.content}
                </Typography.Text>
                <Flex gap={8} wrap align="center">
                  {item.outcome ? <Tag color={OUTCOME_COLORS[item.outcome]}>{t(`inspections.outcomes.${item.outcome}`)}</Tag> : <Tag>—</Tag>}
                  {item.note && <Typography.Text type="secondary">{item.note}</Typography.Text>}
                </Flex>
                <PhotoThumbs urls={thumbs(item.id)} />
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
