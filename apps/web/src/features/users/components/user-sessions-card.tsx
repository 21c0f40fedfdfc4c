import { App, Button, Card, Popconfirm, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { endSessions, listSessions } from '../api/users-api.ts';

/** The account's signed-in sessions, and "sign out everywhere" (not offered on one's own account). */
export function UserSessionsCard({ userId, self, refreshKey }: { userId: string; self: boolean; refreshKey: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const { data, loading, reload } = useApi((signal) => listSessions(userId, signal), [userId, refreshKey]);

  async function endAll() {
    const result = await run(() => endSessions(userId));
    if (result) {
      message.success(t('users.sessionsEnded', { count: result.ended }));
      reload();
    }
  }

  return (
    <Card
      title={t('users.sessions')}
      size="small"
      extra={
        !self && (
          <Popconfirm title={t('users.endSessionsConfirm')} onConfirm={() => void endAll()}>
            <Button size="small" danger loading={busy} disabled={!data?.length} data-testid="user-end-sessions">
              {t('users.endSessions')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('users.noSessions') }}
        columns={[
          { title: t('users.sessionId'), dataIndex: 'id', render: (v: string) => <code>{v}</code> },
          { title: t('users.sessionCreatedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          { title: t('users.sessionLastSeenAt'), dataIndex: 'lastSeenAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
