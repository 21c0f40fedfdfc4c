import { Alert, Button, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TUserImportResult } from '@shian/shared/users';

/** The accounts written and their made-up passwords, shown this once, with a .csv to hand them out. */
export function UserImportResult({ result, onRestart }: { result: TUserImportResult; onRestart: () => void }) {
  const { t } = useTranslation();

  function downloadCsv() {
    const rows = [
      [t('users.username'), t('users.displayName'), t('users.temporaryPassword')],
      ...result.created.map((c) => [c.username, c.displayName, c.temporaryPassword ?? '']),
    ];
    const csv = rows.map((r) => r.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    // A BOM so that Excel reads the Chinese names as UTF-8.
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}\r\n`], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'imported-users.csv';
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Alert type="success" showIcon message={t('users.resultTitle', { count: result.created.length })} description={t('users.resultHint')} />
      {result.errors.length > 0 && <Alert type="warning" showIcon message={result.errors.map((e) => `${t('users.row')} ${e.row}：${e.field}：${e.message}`).join('；')} />}
      <Table
        rowKey="row"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={result.created}
        data-testid="user-import-result"
        columns={[
          { title: t('users.row'), dataIndex: 'row' },
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.temporaryPassword'),
            dataIndex: 'temporaryPassword',
            render: (v: string | null) =>
              v ? (
                <Typography.Text copyable code>
                  {v}
                </Typography.Text>
              ) : (
                t('users.passwordGiven')
              ),
          },
        ]}
      />
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={downloadCsv}>
          {t('users.downloadPasswords')}
        </Button>
        <Button onClick={onRestart}>{t('users.again')}</Button>
      </Space>
    </Space>
  );
}
