import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, List, Progress, Result, Select, Typography } from 'antd';
import { FileAddOutlined, FolderOpenOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LAW_LEVELS, LAW_VALIDITIES, type TLawImportJob } from '@shian/shared/law';
import { asApiError } from '../../../api/client.ts';
import { getLawImport, uploadLaws } from '../api/laws-api.ts';

type TFields = { level?: string; validity?: string; issuingBody?: string };

/** Upload statutes (files or a whole corpus folder), then follow the import job to its summary. */
export function LawImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [files, setFiles] = useState<File[]>([]);
  const [job, setJob] = useState<TLawImportJob | null>(null);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<TFields>();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The folder picker is a non-standard attribute React does not know.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  useEffect(() => {
    if (job?.status !== 'running') return;
    const timer = setTimeout(() => {
      getLawImport(job.id).then(setJob, (e: unknown) => message.error(asApiError(e).message));
    }, 500);
    return () => clearTimeout(timer);
  }, [job, message]);

  async function start(fields: TFields) {
    setSending(true);
    try {
      setJob(await uploadLaws(files, fields));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setSending(false);
    }
  }

  const pick = (list: FileList | null) => setFiles(list ? [...list] : []);
  const summary = job?.summary;

  if (job && job.status !== 'running') {
    return (
      <Card title={t('laws.importTitle')}>
        {job.status === 'done' && summary ? (
          <Result status="success" title={t('laws.done', summary)} extra={<Link to="/laws">{t('laws.backToSearch')}</Link>} />
        ) : (
          <Alert type="error" showIcon message={t('laws.failed')} description={job.message ?? undefined} />
        )}
        {summary && summary.errors.length > 0 && (
          <List
            header={t('laws.problems')}
            dataSource={summary.errors}
            renderItem={(e) => (
              <List.Item data-testid="law-import-problem">
                <Typography.Text>
                  <Typography.Text code>{e.file}</Typography.Text> {e.line !== null && t('laws.line', { line: e.line })}：{e.message}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
        {summary && summary.skipped.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('laws.skipped', { count: summary.skipped.length })}：
            {summary.skipped
              .slice(0, 20)
              .map((s) => `${s.file}（${s.reason}）`)
              .join('；')}
          </Typography.Paragraph>
        )}
        <Button
          onClick={() => {
            setJob(null);
            setFiles([]);
          }}
        >
          {t('laws.again')}
        </Button>
      </Card>
    );
  }

  return (
    <Card title={t('laws.importTitle')}>
      <Typography.Paragraph type="secondary">{t('laws.importIntro')}</Typography.Paragraph>
      {job ? (
        <Flex vertical gap={8}>
          <Typography.Text>{t('laws.running', { processed: job.processed, total: job.total })}</Typography.Text>
          <Progress percent={job.total ? Math.round((job.processed / job.total) * 100) : 0} />
        </Flex>
      ) : (
        <Form form={form} layout="vertical" onFinish={(values) => void start(values)} style={{ maxWidth: 560 }}>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <input ref={fileInput} type="file" multiple accept=".md,.markdown,.docx,.csv" hidden data-testid="law-files" onChange={(e) => pick(e.target.files)} />
            <input ref={folderInput} type="file" multiple hidden onChange={(e) => pick(e.target.files)} />
            <Button icon={<FileAddOutlined />} onClick={() => fileInput.current?.click()}>
              {t('laws.chooseFiles')}
            </Button>
            <Button icon={<FolderOpenOutlined />} onClick={() => folderInput.current?.click()}>
              {t('laws.chooseFolder')}
            </Button>
            {files.length > 0 && <Typography.Text type="secondary">{t('laws.selected', { count: files.length })}</Typography.Text>}
          </Flex>
          <Form.Item name="level" label={t('laws.levelOverride')}>
            <Select allowClear options={LAW_LEVELS.map((v) => ({ value: v, label: t(`laws.levels.${v}`) }))} />
          </Form.Item>
          <Form.Item name="validity" label={t('laws.validityOverride')}>
            <Select allowClear options={LAW_VALIDITIES.map((v) => ({ value: v, label: t(`laws.validities.${v}`) }))} />
          </Form.Item>
          <Form.Item name="issuingBody" label={t('laws.issuingBodyOverride')}>
            <Input maxLength={100} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<UploadOutlined />} disabled={files.length === 0} loading={sending} data-testid="law-import-start">
            {t('laws.start')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
