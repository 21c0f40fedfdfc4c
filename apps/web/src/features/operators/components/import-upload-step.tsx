import { App, Button, Flex, Spin } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../../api/client.ts';
import { SheetDropper } from '../../../components/sheet-dropper.tsx';
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
          <SheetDropper
            maxBytes={MAX_BYTES}
            disabled={uploading}
            hint={t('imports.uploadHint')}
            subHint={t('imports.uploadSubHint')}
            onFile={onFile}
            onReject={(reason) => message.error(t(`imports.${reason}`))}
          />
        </div>
      </Spin>
    </Flex>
  );
}
