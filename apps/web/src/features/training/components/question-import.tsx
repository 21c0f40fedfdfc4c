import { useState } from 'react';
import { Alert, Button, Modal, Progress, Space, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS, type TQuestionImportResult } from '@shian/shared/exam-question';
import { useAction } from '../../../components/use-action.ts';
import { downloadQuestionTemplate, importQuestions } from '../api/training-api.ts';

/** Import with a dry run: the file is checked first (nothing written), then committed all at once. */
export function QuestionImport({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [file, setFile] = useState<File>();
  const [result, setResult] = useState<TQuestionImportResult>();
  const [step, setStep] = useState<'checking' | 'committing'>();

  async function dryRun(f: File) {
    setFile(f);
    setResult(undefined);
    setStep('checking');
    const checked = await run(() => importQuestions(f, true));
    setStep(undefined);
    if (checked) setResult(checked);
  }
  async function commit() {
    if (!file) return;
    setStep('committing');
    const done = await run(() => importQuestions(file, false));
    setStep(undefined);
    if (done) {
      setResult(done);
      if (done.created > 0) onImported();
    }
  }
  function close() {
    setFile(undefined);
    setResult(undefined);
    onClose();
  }

  const invalid = result ? result.total - result.valid : 0;
  return (
    <Modal open={open} onCancel={close} footer={null} title={t('training.importTitle')} width={900} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('training.importHint')} />
        <Space wrap>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void dryRun(f);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="question-import-file">
              {result ? t('training.importAgain') : t('training.chooseFile')}
            </Button>
          </Upload>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadQuestionTemplate()} data-testid="question-import-template">
            {t('training.template')}
          </Button>
        </Space>
        {step && <Progress percent={step === 'checking' ? 50 : 90} status="active" format={() => t(`training.${step}`)} data-testid="question-import-progress" />}
        {result && (
          <>
            <Alert
              data-testid="question-import-summary"
              type={result.created > 0 ? 'success' : invalid ? 'warning' : 'info'}
              showIcon
              message={
                result.created > 0
                  ? t('training.importDone', { created: result.created })
                  : !result.dryRun && invalid
                    ? t('training.importRefused')
                    : t('training.importChecked', { total: result.total, valid: result.valid, invalid })
              }
            />
            {result.errors.length > 0 && (
              <Table
                size="small"
                rowKey={(e) => `${e.row}/${e.column}/${e.message}`}
                dataSource={result.errors}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                data-testid="question-import-errors"
                columns={[
                  { title: t('training.row'), dataIndex: 'row', width: 70 },
                  { title: t('training.column'), dataIndex: 'column', width: 100 },
                  { title: t('training.reason'), dataIndex: 'message' },
                ]}
              />
            )}
            {result.dryRun && result.preview.length > 0 && (
              <Table
                size="small"
                title={() => t('training.preview')}
                rowKey="row"
                dataSource={result.preview}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 5, hideOnSinglePage: true }}
                data-testid="question-import-preview"
                columns={[
                  { title: t('training.row'), dataIndex: 'row', width: 60 },
                  { title: t('training.kind'), dataIndex: 'kind', render: (k: string) => t(`training.kinds.${k}` as 'training.kinds.single') },
                  { title: t('training.stem'), dataIndex: 'stem', width: 320 },
                  {
                    title: t('training.answer'),
                    dataIndex: 'answer',
                    render: (a: number[], r) => (r.kind === 'judge' ? r.options[a[0]!] : a.map((i) => OPTION_LETTERS[i]).join('')),
                  },
                  { title: t('training.article'), dataIndex: 'article', render: (a: string | null) => a ?? '—' },
                  {
                    title: t('training.audience'),
                    dataIndex: 'audiences',
                    render: (a: string[]) => a.map((x) => <Tag key={x}>{t(`training.audiences.${x}` as 'training.audiences.cadre')}</Tag>),
                  },
                ]}
              />
            )}
            {result.dryRun && result.valid > 0 && invalid === 0 && (
              <Button type="primary" loading={busy} onClick={() => void commit()} data-testid="question-import-commit">
                {t('training.commit', { count: result.valid })}
              </Button>
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
