import { Button, Flex, Progress, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TImportJob } from '@shian/shared/import';

type TProps = { job: TImportJob; onList: () => void; onRestart: () => void };

export function ImportRunStep({ job, onList, onRestart }: TProps) {
  const { t } = useTranslation();

  if (job.status === 'running') {
    const percent = job.valid > 0 ? Math.min(100, Math.floor((job.processed / job.valid) * 100)) : 0;
    return (
      <Flex vertical gap={8} style={{ maxWidth: 560 }} data-testid="import-progress">
        <Typography.Text>{t('imports.running')}</Typography.Text>
        <Progress percent={percent} status="active" format={() => `${job.processed}/${job.valid}`} />
      </Flex>
    );
  }

  const actions = [
    <Button type="primary" key="list" onClick={onList}>
      {t('imports.backToList')}
    </Button>,
    <Button key="again" onClick={onRestart}>
      {t('imports.again')}
    </Button>,
  ];

  return (
    <div data-testid="import-result">
      {job.status === 'done' ? (
        <Result status="success" title={t('imports.done')} subTitle={t('imports.doneDetail', { created: job.created, updated: job.updated })} extra={actions} />
      ) : (
        <Result status="error" title={t('imports.failed')} subTitle={job.message ?? undefined} extra={actions} />
      )}
    </div>
  );
}
