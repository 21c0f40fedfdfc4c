import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TInterviewStatus } from '@shian/shared/interview';

const COLOURS: Record<TInterviewStatus, string> = { draft: 'default', notified: 'orange', held: 'blue', closed: 'green' };

export function InterviewStatusTag({ status }: { status: TInterviewStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="interview-status">
      {t(`interviews.status.${status}`)}
    </Tag>
  );
}
