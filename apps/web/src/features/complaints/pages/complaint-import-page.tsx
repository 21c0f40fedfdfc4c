import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Form, Progress, Radio, Result, Row, Select, Spin, Statistic, Steps, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  COMPLAINT_IMPORT_FIELDS,
  REQUIRED_COMPLAINT_IMPORT_FIELDS,
  type TComplaintImport,
  type TComplaintImportMapping,
  type TComplaintImportRowError,
  type TComplaintOnExisting,
} from '@shian/shared/complaint';
import { asApiError, isAbortError } from '../../../api/client.ts';
import { SheetDropper } from '../../../components/sheet-dropper.tsx';
import { useAction } from '../../../components/use-action.ts';
import { commitComplaintImport, dryRunComplaintImport, getComplaintImport, uploadComplaintFile } from '../api/complaints-api.ts';

const MAX_BYTES = 60 * 1024 * 1024;
const POLL_MS = 700;

/** 12315 export → column mapping (defaults from the usual headings) → dry run with row errors → import with progress. */
export function ComplaintImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { busy, run } = useAction();
  const [job, setJob] = useState<TComplaintImport>();
  const [remapping, setRemapping] = useState(false);
  const step = !job ? 0 : job.status === 'uploaded' || remapping ? 1 : job.status === 'validated' ? 2 : 3;

  // Polls the running import; the server keeps the counts, so a reload of the page loses nothing.
  useEffect(() => {
    if (job?.status !== 'running') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getComplaintImport(job.id, controller.signal).then(setJob, (e: unknown) => {
        if (!isAbortError(e)) setJob({ ...job, status: 'failed', message: asApiError(e).message });
      });
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [job]);

  const restart = () => {
    setJob(undefined);
    setRemapping(false);
  };

  return (
    <Card title={t('complaints.importPage.title')}>
      <Steps
        current={step}
        responsive
        size="small"
        style={{ marginBottom: 24 }}
        items={(['file', 'mapping', 'report', 'run'] as const).map((s) => ({ title: t(`complaints.importPage.steps.${s}`) }))}
      />
      {step === 0 && <UploadStep uploading={busy} onFile={(file) => void run(() => uploadComplaintFile(file)).then((j) => j && setJob(j))} />}
      {step === 1 && job && (
        <MappingStep
          job={job}
          busy={busy}
          onDryRun={(mapping, onExisting) =>
            void run(() => dryRunComplaintImport(job.id, { mapping, onExisting })).then((j) => {
              if (!j) return;
              setJob(j);
              setRemapping(false);
            })
          }
          onRestart={restart}
        />
      )}
      {step === 2 && job && (
        <ReportStep
          job={job}
          busy={busy}
          onCommit={(mode) => void run(() => commitComplaintImport(job.id, mode)).then((j) => j && setJob(j))}
          onRemap={() => setRemapping(true)}
          onRestart={restart}
        />
      )}
      {step === 3 && job && <RunStep job={job} onList={() => navigate('/complaints')} onRestart={restart} />}
    </Card>
  );
}

function UploadStep({ uploading, onFile }: { uploading: boolean; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  return (
    <Spin spinning={uploading} tip={t('complaints.importPage.uploading')}>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <div data-testid="complaint-import-upload">
        <SheetDropper
          maxBytes={MAX_BYTES}
          disabled={uploading}
          hint={t('complaints.importPage.uploadHint')}
          subHint={t('complaints.importPage.uploadSubHint')}
          onFile={(file) => {
            setProblem(undefined);
            onFile(file);
          }}
          onReject={(reason) => setProblem(t(`complaints.importPage.${reason}`))}
        />
      </div>
    </Spin>
  );
}

type TMappingValues = { mapping: TComplaintImportMapping; onExisting: TComplaintOnExisting };

function MappingStep({
  job,
  busy,
  onDryRun,
  onRestart,
}: {
  job: TComplaintImport;
  busy: boolean;
  onDryRun: (m: TComplaintImportMapping, o: TComplaintOnExisting) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const options = job.headers.map((h) => ({ value: h, label: h }));
  return (
    <Form<TMappingValues>
      layout="vertical"
      style={{ maxWidth: 720 }}
      initialValues={{ mapping: job.mapping ?? job.suggestedMapping, onExisting: job.onExisting }}
      onFinish={(values) => onDryRun({ ...job.suggestedMapping, ...values.mapping }, values.onExisting)}
    >
      <Typography.Paragraph type="secondary">{`${job.fileName} · ${t('complaints.importPage.mappingHint')}`}</Typography.Paragraph>
      <Row gutter={12}>
        {COMPLAINT_IMPORT_FIELDS.map((field) => (
          <Col xs={24} md={12} key={field}>
            <Form.Item name={['mapping', field]} label={`${t(`complaints.importFields.${field}`)}${REQUIRED_COMPLAINT_IMPORT_FIELDS.includes(field) ? ' *' : ''}`}>
              <Select allowClear options={options} placeholder={t('complaints.importPage.notInFile')} data-testid={`mapping-${field}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="onExisting" label={t('complaints.importPage.onExisting')}>
        <Radio.Group>
          <Radio value="skip">{t('complaints.importPage.skip')}</Radio>
          <Radio value="update">{t('complaints.importPage.update')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="complaint-dry-run">
          {t('complaints.importPage.dryRun')}
        </Button>
        <Button onClick={onRestart}>{t('complaints.importPage.restart')}</Button>
      </Flex>
    </Form>
  );
}

function ReportStep({
  job,
  busy,
  onCommit,
  onRemap,
  onRestart,
}: {
  job: TComplaintImport;
  busy: boolean;
  onCommit: (mode: 'all' | 'valid') => void;
  onRemap: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="complaint-import-report">
      <Row gutter={16}>
        {(['total', 'valid', 'invalid', 'existing'] as const).map((key) => (
          <Col xs={12} md={6} key={key}>
            <Statistic
              title={t(`complaints.importPage.${key}`)}
              value={job[key]}
              valueStyle={key === 'invalid' && job.invalid ? { color: '#cf1322' } : key === 'valid' ? { color: '#389e0d' } : undefined}
            />
          </Col>
        ))}
      </Row>
      {job.errors.length === 0 ? (
        <Alert type="success" showIcon message={t('complaints.importPage.noErrors')} />
      ) : (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('complaints.importPage.errorsTitle')}
          </Typography.Title>
          <Table<TComplaintImportRowError>
            rowKey={(e) => `${e.row}:${e.field}:${e.message}`}
            size="small"
            dataSource={job.errors}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
            columns={[
              { key: 'row', dataIndex: 'row', title: t('complaints.importPage.row'), width: 70 },
              { key: 'field', dataIndex: 'field', title: t('complaints.importPage.field') },
              { key: 'message', dataIndex: 'message', title: t('complaints.importPage.message') },
            ]}
            data-testid="complaint-import-errors"
          />
        </>
      )}
      <Flex wrap gap={8}>
        <Tooltip title={job.invalid > 0 ? t('complaints.importPage.allDisabled') : undefined}>
          <Button type="primary" disabled={job.invalid > 0 || job.valid === 0} loading={busy} onClick={() => onCommit('all')} data-testid="complaint-import-all">
            {t('complaints.importPage.importAll')}
          </Button>
        </Tooltip>
        <Button disabled={job.valid === 0} loading={busy} onClick={() => onCommit('valid')} data-testid="complaint-import-valid">
          {t('complaints.importPage.importValid')}
        </Button>
        <Button onClick={onRemap}>{t('complaints.importPage.remap')}</Button>
        <Button type="link" onClick={onRestart}>
          {t('complaints.importPage.restart')}
        </Button>
      </Flex>
    </Flex>
  );
}

function RunStep({ job, onList, onRestart }: { job: TComplaintImport; onList: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  if (job.status === 'running') {
    const percent = job.valid > 0 ? Math.min(100, Math.floor((job.processed / job.valid) * 100)) : 0;
    return (
      <Flex vertical gap={8} style={{ maxWidth: 560 }} data-testid="complaint-import-progress">
        <Typography.Text>{t('complaints.importPage.running')}</Typography.Text>
        <Progress percent={percent} status="active" format={() => `${job.processed}/${job.valid}`} />
      </Flex>
    );
  }
  const actions = [
    <Button type="primary" key="list" onClick={onList}>
      {t('complaints.importPage.toList')}
    </Button>,
    <Button key="again" onClick={onRestart}>
      {t('complaints.importPage.again')}
    </Button>,
  ];
  return (
    <div data-testid="complaint-import-result">
      {job.status === 'done' ? (
        <Result
          status="success"
          title={t('complaints.importPage.done')}
          subTitle={t('complaints.importPage.doneDetail', { created: job.created, updated: job.updated, skipped: job.skipped })}
          extra={actions}
        />
      ) : (
        <Result status="error" title={t('complaints.importPage.failed')} subTitle={job.message ?? undefined} extra={actions} />
      )}
    </div>
  );
}
