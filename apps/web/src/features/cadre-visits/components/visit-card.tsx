import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TCadreVisitSummary } from '@shian/shared/cadre-visit';
import { formatDateTime } from '../../../components/date-text.ts';
import { FlagTags } from './visit-flags.tsx';

/** A visit as a card: subject, when and how, findings, problems and flags. */
export function VisitCard({ visit: v }: { visit: TCadreVisitSummary }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid="cadre-visit-item">
      <Flex gap={8} wrap align="center">
        <Link to={`/cadre-visits/${v.id}`}>
          <Typography.Text strong>{v.operatorName}</Typography.Text>
        </Link>
        <Tag color={v.status === 'completed' ? 'green' : 'gold'}>{t(`cadreVisits.statuses.${v.status}`)}</Tag>
      </Flex>
      <Typography.Text type="secondary">
        {formatDateTime(v.startedAt)} · {t(`cadreVisits.modes.${v.mode}`)} · {v.cadreName}
      </Typography.Text>
      <Flex gap={4} wrap>
        {v.nonconforming > 0 && <Tag color="red">{t('cadreVisits.nonconforming', { count: v.nonconforming })}</Tag>}
        {v.problems > 0 && <Tag color="blue">{t('cadreVisits.problemCount', { count: v.problems })}</Tag>}
        <FlagTags flags={v.flags} />
        {v.flags.length > 0 && v.flagReviewedAt && <Tag>{t('cadreVisits.flagReviewed')}</Tag>}
      </Flex>
    </Flex>
  );
}
