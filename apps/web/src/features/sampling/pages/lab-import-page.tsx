import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Form, Result, Select, Space, Spin, Steps, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LAB_FIELDS, REQUIRED_LAB_FIELDS, type TLabCommitResult, type TLabDryRun, type TLabImport, type TLabMapping, type TLabRowError } from '@shian/shared/sampling';
import { asApiError } from '../../../api/client.ts';
import { commitLabFile, dryRunLabFile, uploadLabFile } from '../api/sampling-api.ts';

/** Upload → column mapping → dry run (nothing written) → commit. */
export function LabImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [job, setJob] = useState<TLabImport | null>(null);
  const [mapping, setMapping] = useState<TLabMapping | null>(null);
  const [dryRun, setDryRun] = useState<TLabDryRun | null>(null);
  const [result, setResult] = useState<TLabCommitResult | null>(null);
  const [busy, setBusy] = useState(false);
  const step = result ? 3 : dryRun ? 2 : job ? 1 : 0;

  async function run<T>(work: () => Promise<T>, done: (value: T) => void) {
    setBusy(true);
    try {
      done(await work());
    } catch (e) {
      const error = asApiError(e);
      message.error([error.message, ...error.fields.map((f) => f.message)].join('；'));
    } finally {
      setBusy(false);
    }
  }

  const restart = () => {
    setJob(null);
    setMapping(null);
    setDryRun(null);
    setResult(null);
  };

  return (
    <Card title={t('sampling.importTitle')}>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={(['upload', 'mapping', 'check', 'done'] as const).map((s) => ({ title: t(`sampling.importSteps.${s}`) }))}
      />
      {step === 0 && (
        <Space direction="vertical">
          <Typography.Paragraph>{t('sampling.importHint')}</Typography.Paragraph>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.csv"
            hidden
            data-testid="lab-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file)
                void run(
                  () => uploadLabFile(file),
                  (uploaded) => {
                    setJob(uploaded);
                    setMapping(uploaded.suggestedMapping);
                  },
                );
            }}
          />
          <Button type="primary" icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
            {t('sampling.chooseFile')}
          </Button>
        </Space>
      )}
      {step === 1 && job && mapping && (
        <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 12 }}>
          <Typography.Paragraph type="secondary">
            {job.fileName} · {job.rows}
          </Typography.Paragraph>
          {LAB_FIELDS.map((field) => (
            <Form.Item key={field} label={t(`sampling.fields.${field}`)} required={REQUIRED_LAB_FIELDS.includes(field)}>
              <Select
                allowClear
                data-testid={`mapping-${field}`}
                value={mapping[field] ?? undefined}
                placeholder={t('sampling.notInFile')}
                options={job.headers.map((h) => ({ value: h, label: h }))}
                onChange={(value?: string) => setMapping({ ...mapping, [field]: value ?? null })}
              />
            </Form.Item>
          ))}
          <Form.Item wrapperCol={{ offset: 6 }}>
            <Button type="primary" loading={busy} data-testid="lab-dry-run" onClick={() => run(() => dryRunLabFile(job.id, mapping), setDryRun)}>
              {t('sampling.dryRun')}
            </Button>
          </Form.Item>
        </Form>
      )}
      {step === 2 && job && dryRun && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            type={dryRun.errors.length ? 'warning' : 'success'}
            data-testid="lab-dry-run-summary"
            message={t('sampling.dryRunSummary', { rows: dryRun.rows, samples: dryRun.samples, valid: dryRun.validSamples })}
          />
          {dryRun.errors.length > 0 && (
            <Table<TLabRowError>
              rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
              size="small"
              title={() => t('sampling.rowErrors')}
              dataSource={dryRun.errors}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('sampling.row'), dataIndex: 'row', width: 80 },
                { title: t('sampling.field'), dataIndex: 'field', width: 140 },
                { title: t('sampling.reason'), dataIndex: 'message' },
              ]}
            />
          )}
          {busy ? (
            <Spin tip={t('sampling.committing')}>
              <div style={{ height: 48 }} />
            </Spin>
          ) : (
            <Space wrap>
              <Button onClick={() => setDryRun(null)}>{t('sampling.importSteps.mapping')}</Button>
              <Button type="primary" disabled={dryRun.errors.length > 0} data-testid="lab-commit-all" onClick={() => run(() => commitLabFile(job.id, { mode: 'all' }), setResult)}>
                {t('sampling.commitAll')}
              </Button>
              <Button disabled={dryRun.validSamples === 0} data-testid="lab-commit-valid" onClick={() => run(() => commitLabFile(job.id, { mode: 'valid' }), setResult)}>
                {t('sampling.commitValid')}
              </Button>
            </Space>
          )}
        </Space>
      )}
      {step === 3 && result && (
        <Result
          status="success"
          title={<span data-testid="lab-result">{t('sampling.committed', { written: result.written, skipped: result.skipped })}</span>}
          subTitle={
            <Space wrap>
              {result.reports.map((r) => (
                <Link key={r.sampleId} to={`/samples/${r.sampleId}`}>
                  {r.sampleNo}（{t(`sampling.verdicts.${r.verdict}`)}）
                </Link>
              ))}
            </Space>
          }
          extra={<Button onClick={restart}>{t('sampling.restart')}</Button>}
        />
      )}
    </Card>
  );
}
