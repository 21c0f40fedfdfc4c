import { useState } from 'react';
import { Alert, App, Button, Card, Space, Steps, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLE_NAMES } from '@shian/shared/dictionary';
import type { TUserImportDryRun, TUserImportResult } from '@shian/shared/users';
import { asApiError } from '../../../api/client.ts';
import { SheetDropper } from '../../../components/sheet-dropper.tsx';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { commitUserImport, downloadUserTemplate, uploadUserImport } from '../api/users-api.ts';
import { UserImportResult } from '../components/user-import-result.tsx';

const MAX_BYTES = 5 * 1024 * 1024;

/** Upload → dry run (valid rows to tick, errors by row and column) → commit of the ticked rows. */
export function UserImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [dryRun, setDryRun] = useState<TUserImportDryRun>();
  const [chosen, setChosen] = useState<number[]>([]);
  const [result, setResult] = useState<TUserImportResult>();
  const [busy, setBusy] = useState(false);
  const step = result ? 2 : dryRun ? 1 : 0;

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      const error = asApiError(e);
      message.error(error.fields[0]?.message ?? error.message);
    } finally {
      setBusy(false);
    }
  }
  const onFile = (file: File) =>
    attempt(async () => {
      const run = await uploadUserImport(file);
      setDryRun(run);
      setChosen(run.valid.map((v) => v.row));
    });
  const onCommit = () =>
    attempt(async () => {
      if (dryRun) setResult(await commitUserImport(dryRun.id, chosen));
    });
  function restart() {
    setDryRun(undefined);
    setResult(undefined);
    setChosen([]);
  }
  const invalidRows = dryRun ? new Set(dryRun.errors.map((e) => e.row)).size : 0;

  return (
    <Card
      title={t('users.importTitle')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void downloadUserTemplate()}>
          {t('users.template')}
        </Button>
      }
    >
      <Steps current={step} responsive style={{ marginBottom: 24 }} items={[{ title: t('users.stepFile') }, { title: t('users.stepReport') }, { title: t('users.stepDone') }]} />
      {step === 0 && (
        <SheetDropper
          maxBytes={MAX_BYTES}
          disabled={busy}
          hint={t('users.dropHint')}
          subHint={t('users.dropSubHint')}
          onFile={(file) => void onFile(file)}
          onReject={(reason) => message.error(t(reason === 'badType' ? 'users.badType' : 'users.tooLarge'))}
        />
      )}
      {step === 1 && dryRun && (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <Alert
            type={invalidRows ? 'warning' : 'success'}
            showIcon
            message={t('users.dryRunSummary', { total: dryRun.total, valid: dryRun.valid.length, invalid: invalidRows })}
          />
          <Table
            title={() => t('users.validRows')}
            rowKey="row"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={dryRun.valid}
            rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(Number)) }}
            data-testid="user-import-valid"
            columns={[
              { title: t('users.row'), dataIndex: 'row' },
              { title: t('users.username'), dataIndex: 'username' },
              { title: t('users.displayName'), dataIndex: 'displayName' },
              { title: t('users.role'), dataIndex: 'role', render: (r: string) => nameIn(ROLE_NAMES, r, lang) },
              { title: t('users.link'), dataIndex: 'link', render: (v: string | null) => v ?? '—' },
              { title: t('users.password'), dataIndex: 'passwordGiven', render: (g: boolean) => t(g ? 'users.passwordGiven' : 'users.passwordGenerated') },
            ]}
          />
          {dryRun.errors.length > 0 && (
            <Table
              title={() => t('users.errorRows')}
              rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              dataSource={dryRun.errors}
              data-testid="user-import-errors"
              columns={[
                { title: t('users.row'), dataIndex: 'row' },
                { title: t('users.field'), dataIndex: 'field' },
                { title: t('users.reason'), dataIndex: 'message' },
              ]}
            />
          )}
          <Space wrap>
            <Button type="primary" loading={busy} disabled={chosen.length === 0} onClick={() => void onCommit()} data-testid="user-import-commit">
              {t('users.commit', { count: chosen.length })}
            </Button>
            <Button onClick={restart}>{t('users.again')}</Button>
          </Space>
        </Space>
      )}
      {step === 2 && result && <UserImportResult result={result} onRestart={restart} />}
    </Card>
  );
}
