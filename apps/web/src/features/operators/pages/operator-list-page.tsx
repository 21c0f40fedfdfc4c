import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { mayCreateOperator } from '@shian/shared/access';
import { exportOperators, listOperators } from '../api/operators-api.ts';
import { OperatorFilters } from '../components/operator-filters.tsx';
import { OperatorTable } from '../components/operator-table.tsx';
import { exportFilters, useListParams } from '../hooks/use-list-params.ts';

export function OperatorListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, update } = useListParams();
  const { data, error, loading, reload } = useApi(
    (signal) => listOperators(params, signal),
    [JSON.stringify(params)],
  );
  const [exporting, setExporting] = useState(false);

  async function onExport() {
    setExporting(true);
    try {
      await exportOperators(exportFilters(params));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Card title={t('operators.listTitle')}>
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search
          // Remount when the URL changes (back button, clear filters) so the box shows the URL's q.
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('operators.searchPlaceholder')}
          aria-label={t('operators.searchPlaceholder')}
          style={{ flex: '1 1 280px', maxWidth: 480 }}
          onSearch={(q) => update({ q: q.trim() || undefined })}
          data-testid="operator-search"
        />
        <Flex wrap gap={8}>
          {can('operator.write') && !!me && mayCreateOperator(me.scope) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/operators/new')}
              data-testid="operator-create"
            >
              {t('operators.create')}
            </Button>
          )}
          {can('operator.import') && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => navigate('/operators/import')}
              data-testid="operator-import"
            >
              {t('operators.import')}
            </Button>
          )}
          {can('operator.export') && (
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void onExport()}
              data-testid="operator-export"
            >
              {t('operators.export')}
            </Button>
          )}
        </Flex>
      </Flex>
      <OperatorFilters params={params} onChange={update} />
      {error && (
        <Alert
          type="error"
          showIcon
          message={error.message}
          style={{ marginBottom: 12 }}
          action={<Button onClick={reload}>{t('common.reload')}</Button>}
        />
      )}
      <OperatorTable data={data} loading={loading} params={params} onChange={update} />
    </Card>
  );
}
