import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TTargetingReason } from '@shian/shared/targeting';

/** The top reasons of one operator, worded by the server in the user's language. */
export function ReasonList({ reasons }: { reasons: TTargetingReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return <Typography.Text type="secondary">{t('targeting.noReasons')}</Typography.Text>;
  return (
    <Flex gap={4} wrap data-testid="targeting-reasons">
      {reasons.map((r) => (
        <Tag key={r.feature} color="orange" style={{ whiteSpace: 'normal' }}>
          {r.text}
        </Tag>
      ))}
    </Flex>
  );
}

export const percent = (p: number | null) => (p === null ? '—' : `${(p * 100).toFixed(1)}%`);
