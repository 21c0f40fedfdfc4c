import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { COMPLAINT_KIND_NAMES, COMPLAINT_MATCH_STATUS_NAMES, COMPLAINT_STATUS_NAMES, type TComplaint } from '@shian/shared/complaint';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../lib/i18n.ts';
import { ComplaintClockTag } from './complaint-clock-tag.tsx';
import { nameIn } from '../../../lib/dictionary-names.ts';

const STATUS_COLOR: Record<string, string> = { received: 'gold', accepted: 'blue', handling: 'processing', resolved: 'cyan', rejected: 'default', closed: 'default' };

/** One complaint in a list: number, kind, status, the business, where it went and its clocks. */
export function ComplaintItem({ complaint: c }: { complaint: TComplaint }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }} data-testid="complaint-item">
      <Flex gap={6} wrap align="center">
        <Link to={`/complaints/${c.id}`}>
          <Typography.Text strong>{c.registrationNo}</Typography.Text>
        </Link>
        <Tag color={c.kind === 'report' ? 'purple' : 'geekblue'}>{nameIn(COMPLAINT_KIND_NAMES, c.kind, lang)}</Tag>
        <Tag color={STATUS_COLOR[c.status]}>{nameIn(COMPLAINT_STATUS_NAMES, c.status, lang)}</Tag>
        {c.overdue && <Tag color="red">{t('complaints.overdue')}</Tag>}
        {c.matchStatus !== 'matched' && c.matchStatus !== 'confirmed' && <Tag color="orange">{nameIn(COMPLAINT_MATCH_STATUS_NAMES, c.matchStatus, lang)}</Tag>}
      </Flex>
      <Typography.Text>
        {c.operatorName ?? c.namedBusiness ?? t('complaints.unnamed')}
        <Typography.Text type="secondary">{` · ${c.unitName ?? ''} ${c.stationName ?? t('complaints.unrouted')} · ${formatDateTime(c.receivedAt)}`}</Typography.Text>
      </Typography.Text>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
        {c.description}
      </Typography.Paragraph>
      {c.status !== 'closed' && (
        <Flex gap={4} wrap>
          {c.clocks.map((clock) => (
            <ComplaintClockTag key={clock.kind} clock={clock} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}
