import type { ReactNode } from 'react';
import { Button, Flex, List, Tag, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TAttachmentType, TGuidanceAttachment, TGuidanceDocument } from '@shian/shared/guidance';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import type { TList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';

const ICONS: Record<TAttachmentType, ReactNode> = { docx: <FileWordOutlined />, xlsx: <FileExcelOutlined />, pdf: <FilePdfOutlined /> };

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

type TProps = {
  list: TList<TGuidanceDocument>;
  title: ReactNode;
  /** Above the rows: what the section is for. */
  intro?: ReactNode;
  onDownload: (document: TGuidanceDocument, file: TGuidanceAttachment) => Promise<void>;
};

/** A page of guidance documents or toolbox items as readers see them: what it is, the text, files to download. */
export function GuidanceList({ list, title, intro, onDownload }: TProps) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  return (
    <ListShell
      list={list}
      title={title}
      filters={intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      emptyText={t('guidance.empty')}
      pagination={{ size: 'small' }}
      renderItem={(d) => (
        <List.Item key={d.id} data-testid="guidance-item">
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{d.title}</Typography.Text>
              <Tag color="blue">{t(`guidance.kinds.${d.kind}`)}</Tag>
              <Tag>{t(`guidance.topics.${d.topic}`)}</Tag>
            </Flex>
            {d.summary && <Typography.Text type="secondary">{d.summary}</Typography.Text>}
            {d.body && (
              <Typography.Paragraph ellipsis={{ rows: 2, expandable: true, symbol: t('guidance.readMore') }} style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
                {d.body}
              </Typography.Paragraph>
            )}
            {d.attachments.length > 0 && (
              <Flex gap={8} wrap>
                {d.attachments.map((file) => (
                  <Button
                    key={file.fileId}
                    size="small"
                    icon={ICONS[file.type]}
                    disabled={busy}
                    onClick={() => void run(() => onDownload(d, file))}
                    data-testid="guidance-download"
                  >
                    {file.name} · {size(file.size)} <DownloadOutlined />
                  </Button>
                ))}
              </Flex>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
