import { useState } from 'react';
import { Alert, App, Button, Card, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TImportJob } from '@shian/shared/import';
import { asApiError } from '../../../api/client.ts';
import { commitCadreImport, downloadTemplate, uploadCadreFile } from '../api/cadres-api.ts';

/** Cadre import: the dry run lists each bad row (row, column, reason) and writes nothing until it is confirmed. */
export function CadreImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [job, setJob] = useState<TImportJob>();
  const [busy, setBusy] = useState(false);
  async function run(step: () => Promise<TImportJob>) {
    setBusy(true);
    try {
      setJob(await step());
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card title={t('cadres.importTitle')}>
      {!job && (
        <Space direction="vertical">
          <Alert type="info" showIcon message={t('cadres.importHint')} />
          <Space wrap>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                // The file goes to the dry run here, not through antd's own upload.
                void run(() => uploadCadreFile(file));
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="cadre-import-file">
                {t('cadres.chooseFile')}
              </Button>
            </Upload>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()} data-testid="cadre-import-template">
              {t('cadres.template')}
            </Button>
          </Space>
        </Space>
      )}
      {job && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            type={job.status === 'done' ? 'success' : job.invalid ? 'warning' : 'info'}
            showIcon
            data-testid="cadre-import-summary"
            message={
              job.status === 'done' ? t('cadres.importDone', { created: job.created }) : t('cadres.importChecked', { total: job.total, valid: job.valid, invalid: job.invalid })
            }
          />
          {job.errors.length > 0 && (
            <Table
              size="small"
              rowKey={(e) => `${e.row}/${e.field}/${e.message}`}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={job.errors}
              data-testid="cadre-import-errors"
              columns={[
                { title: t('cadres.row'), dataIndex: 'row', width: 60 },
                { title: t('cadres.column'), dataIndex: 'field' },
                { title: t('cadres.reason'), dataIndex: 'message' },
              ]}
            />
          )}
          <Space wrap>
            {job.status === 'validated' && job.valid > 0 && (
              <Button type="primary" loading={busy} onClick={() => void run(() => commitCadreImport(job.id, 'valid'))} data-testid="cadre-import-commit">
                {t('cadres.importValid', { count: job.valid })}
              </Button>
            )}
            <Button onClick={() => setJob(undefined)}>{t('cadres.importAgain')}</Button>
            {job.status === 'done' && <Button onClick={() => navigate('/cadres')}>{t('cadres.backToList')}</Button>}
          </Space>
        </Space>
      )}
    </Card>
  );
}
