import { Alert, Button, Col, Flex, Row, Statistic, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TImportJob, TImportRowError } from '@shian/shared/import';

type TProps = {
  job: TImportJob;
  committing: boolean;
  onCommit: (mode: 'all' | 'valid') => void;
  onRestart: () => void;
};

export function ImportReportStep({ job, committing, onCommit, onRestart }: TProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TImportRowError> = [
    { key: 'row', dataIndex: 'row', title: t('imports.row'), width: 80 },
    { key: 'field', dataIndex: 'field', title: t('imports.field') },
    { key: 'message', dataIndex: 'message', title: t('imports.message') },
  ];

  return (
    <Flex vertical gap={16} data-testid="import-report">
      <Typography.Text type="secondary">{t('imports.fileName', { name: job.fileName })}</Typography.Text>
      <Row gutter={16}>
        <Col xs={8}>
          <Statistic title={t('imports.total')} value={job.total} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('imports.valid')} value={job.valid} valueStyle={{ color: '#389e0d' }} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('imports.invalid')} value={job.invalid} valueStyle={job.invalid ? { color: '#cf1322' } : undefined} />
        </Col>
      </Row>
      {job.errors.length === 0 ? (
        <Alert type="success" showIcon message={t('imports.noErrors')} />
      ) : (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('imports.errorsTitle')}
          </Typography.Title>
          <Table<TImportRowError>
            rowKey={(e) => `${e.row}:${e.field}:${e.message}`}
            size="small"
            columns={columns}
            dataSource={job.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
            scroll={{ x: 'max-content' }}
            data-testid="import-errors"
          />
        </>
      )}
      <Flex wrap gap={8}>
        <Tooltip title={job.invalid > 0 ? t('imports.allDisabled') : undefined}>
          <Button type="primary" disabled={job.invalid > 0 || job.valid === 0} loading={committing} onClick={() => onCommit('all')} data-testid="import-all">
            {t('imports.importAll')}
          </Button>
        </Tooltip>
        <Button disabled={job.valid === 0} loading={committing} onClick={() => onCommit('valid')} data-testid="import-valid-only">
          {t('imports.importValid')}
        </Button>
        <Button type="link" disabled={committing} onClick={onRestart}>
          {t('imports.restart')}
        </Button>
      </Flex>
    </Flex>
  );
}
