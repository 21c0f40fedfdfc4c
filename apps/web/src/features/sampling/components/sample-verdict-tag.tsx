import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TSampleStatus, TVerdict } from '@shian/shared/sampling';

export function SampleVerdictTag({ status, verdict }: { status: TSampleStatus; verdict: TVerdict | null }) {
  const { t } = useTranslation();
  if (status !== 'reported' || !verdict) return <Tag>{t('sampling.sampleStatuses.sampled')}</Tag>;
  return (
    <Tag color={verdict === 'nonconforming' ? 'red' : 'green'} data-testid="sample-verdict">
      {t(`sampling.verdicts.${verdict}`)}
    </Tag>
  );
}
