import type { ReactNode } from 'react';
import { Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';

type TProps = {
  maxBytes: number;
  disabled: boolean;
  hint: ReactNode;
  subHint: ReactNode;
  onFile: (file: File) => void;
  /** A file that is not .xlsx/.csv, or larger than `maxBytes`. */
  onReject: (reason: 'badType' | 'tooLarge') => void;
};

/** The drop zone of an import: one .xlsx or .csv file, checked for type and size before it goes to `onFile`. */
export function SheetDropper({ maxBytes, disabled, hint, subHint, onFile, onReject }: TProps) {
  return (
    <Upload.Dragger
      accept=".xlsx,.csv"
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      // The file goes through our API client (CSRF header, language, error shape), not antd's uploader.
      beforeUpload={(file) => {
        if (!/\.(xlsx|csv)$/i.test(file.name)) onReject('badType');
        else if (file.size > maxBytes) onReject('tooLarge');
        else onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{hint}</p>
      <Typography.Paragraph type="secondary" className="ant-upload-hint">
        {subHint}
      </Typography.Paragraph>
    </Upload.Dragger>
  );
}
