import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, Modal, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCadreAccount, TCadreDetail } from '@shian/shared/cadre';
import { CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { asApiError } from '../../../api/client.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { createAccount, getCadre, updateCadre } from '../api/cadres-api.ts';

/** One cadre: its record, its current subjects and its history; the office opens its account or makes it inactive. */
export function CadreDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAuth();
  const [cadre, setCadre] = useState<TCadreDetail>();
  const [error, setError] = useState<string>();
  const [opening, setOpening] = useState(false);
  const [username, setUsername] = useState('');
  const [account, setAccount] = useState<TCadreAccount>();
  const load = useCallback(() => getCadre(id).then(setCadre, (e: unknown) => setError(asApiError(e).message)), [id]);
  useEffect(() => void load(), [load]);
  if (error) return <Alert type="error" message={error} />;
  if (!cadre) return null;
  const manage = can('cadre.manage');

  async function openAccount() {
    try {
      setAccount(await createAccount(cadre!.id, cadre!.version, username));
      setOpening(false);
      await load();
    } catch (e) {
      void message.error(asApiError(e).message);
    }
  }
  async function toggleActive() {
    try {
      setCadre(await updateCadre(cadre!.id, { version: cadre!.version, active: !cadre!.active }));
    } catch (e) {
      void message.error(asApiError(e).message);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={cadre.name}
        extra={
          manage && (
            <Space wrap>
              {!cadre.username && cadre.active && (
                <Button size="small" type="primary" onClick={() => setOpening(true)} data-testid="cadre-open-account">
                  {t('cadres.openAccount')}
                </Button>
              )}
              <Button size="small" onClick={() => void toggleActive()}>
                {t(cadre.active ? 'cadres.deactivate' : 'cadres.activate')}
              </Button>
            </Space>
          )
        }
      >
        {account && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('cadres.accountOpened', { username: account.username })}
            description={
              <span data-testid="cadre-temporary-password">
                {t('cadres.temporaryPassword')}: <Typography.Text copyable>{account.temporaryPassword}</Typography.Text>
              </span>
            }
          />
        )}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('cadres.level')}>{nameIn(CADRE_LEVEL_NAMES, cadre.level, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.post')}>{cadre.post}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.workUnit')}>{cadre.workUnit}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.unit')}>{cadre.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.phone')}>{cadre.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cadres.status')}>
            <Tag color={cadre.active ? 'green' : 'default'}>{t(cadre.active ? 'cadres.active' : 'cadres.inactive')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('cadres.account')}>{cadre.username ?? t('cadres.noAccount')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('cadres.currentSubjects', { count: cadre.currentSubjects.length })} size="small">
        <Table
          size="small"
          rowKey="operatorId"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={cadre.currentSubjects}
          columns={[
            { title: t('cadres.subject'), dataIndex: 'operatorName', render: (v: string, s) => <Link to={`/operators/${s.operatorId}`}>{v}</Link> },
            { title: t('cadres.unit'), dataIndex: 'unitName' },
            { title: t('cadres.grade'), dataIndex: 'riskGrade', render: (v: string | null) => v ?? '—' },
            { title: t('cadres.since'), dataIndex: 'since', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
      <Card title={t('cadres.history')} size="small">
        <Table
          size="small"
          rowKey="id"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={cadre.history}
          columns={[
            { title: t('cadres.subject'), dataIndex: 'operatorName' },
            { title: t('cadres.from'), dataIndex: 'startedAt', render: (v: string) => formatDateTime(v) },
            { title: t('cadres.to'), dataIndex: 'endedAt', render: (v: string | null) => (v ? formatDateTime(v) : t('cadres.current')) },
            { title: t('cadres.by'), render: (_, h) => h.endedByName ?? h.startedByName ?? '—' },
            { title: t('cadres.endReason'), dataIndex: 'endReason', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      <Modal open={opening} title={t('cadres.openAccount')} onCancel={() => setOpening(false)} onOk={() => void openAccount()} destroyOnHidden>
        <Input placeholder={t('cadres.username')} value={username} onChange={(e) => setUsername(e.target.value)} data-testid="cadre-username" />
      </Modal>
    </Space>
  );
}
