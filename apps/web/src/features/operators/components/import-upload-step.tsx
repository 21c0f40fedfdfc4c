import { App, Button, Flex, Spin, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../../api/client.ts';
import { downloadImportTemplate } from '../api/imports-api.ts';

const MAX_BYTES = 20 * 1024 * 1024;

type TProps = { uploading: boolean; onFile: (file: File) => void };

export function ImportUploadStep({ uploading, onFile }: TProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);

  async function onTemplate() {
    setDownloading(true);
    try {
      await downloadImportTemplate();
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="link" icon={<DownloadOutlined />} loading={downloading} onClick={() => void onTemplate()} style={{ paddingInline: 0 }} data-testid="import-template">
          {t('imports.template')}
        </Button>
      </div>
      <Spin spinning={uploading} tip={t('imports.uploading')}>
        <div data-testid="import-upload">
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            // The file goes through our API client (CSRF header, language, error shape), not antd's uploader.
            beforeUpload={(file) => {
              if (!/\.(xlsx|csv)$/i.test(file.name)) message.error(t('imports.badType'));
              else if (file.size > MAX_BYTES) message.error(t('imports.tooLarge'));
              else onFile(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('imports.uploadHint')}</p>
            <Typography.Paragraph type="secondary" className="ant-upload-hint">
              {t('imports.uploadSubHint')}
            </Typography.Paragraph>
          </Upload.Dragger>
        </div>
      </Spin>
    </Flex>
  );
}
