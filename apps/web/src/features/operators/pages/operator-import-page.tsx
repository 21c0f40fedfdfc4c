import { useState } from 'react';
import { Alert, App, Button, Card, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { asApiError } from '../../../api/client.ts';
import { commitImport, uploadImport } from '../api/imports-api.ts';
import { ImportReportStep } from '../components/import-report-step.tsx';
import { ImportRunStep } from '../components/import-run-step.tsx';
import { ImportUploadStep } from '../components/import-upload-step.tsx';
import { useImportJob } from '../hooks/use-import-job.ts';

export function OperatorImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { job, setJob, pollError, retryPoll } = useImportJob();
  const [uploading, setUploading] = useState(false);
  const [committing, setCommitting] = useState(false);
  const step = !job ? 0 : job.status === 'validated' ? 1 : 2;

  async function onFile(file: File) {
    setUploading(true);
    try {
      setJob(await uploadImport(file));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setUploading(false);
    }
  }

  async function onCommit(mode: 'all' | 'valid') {
    if (!job) return;
    setCommitting(true);
    try {
      setJob(await commitImport(job.id, mode));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setCommitting(false);
    }
  }

  return (
    <Card title={t('imports.title')}>
      <Steps
        current={step}
        responsive
        style={{ marginBottom: 24 }}
        items={[{ title: t('imports.steps.file') }, { title: t('imports.steps.report') }, { title: t('imports.steps.run') }]}
      />
      {step === 0 && <ImportUploadStep uploading={uploading} onFile={(file) => void onFile(file)} />}
      {step === 1 && job && <ImportReportStep job={job} committing={committing} onCommit={(mode) => void onCommit(mode)} onRestart={() => setJob(undefined)} />}
      {step === 2 && job && (
        <>
          {pollError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={pollError.message} action={<Button onClick={retryPoll}>{t('common.reload')}</Button>} />}
          <ImportRunStep job={job} onList={() => navigate('/operators')} onRestart={() => setJob(undefined)} />
        </>
      )}
    </Card>
  );
}
