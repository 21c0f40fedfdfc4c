import { useEffect, useState } from 'react';
import { App, Button, Card, Flex, List, Popconfirm, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { asApiError } from '../../../api/client.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { OperatorPicker } from '../../../components/operator-picker.tsx';
import { deleteDraft, syncNow, useDrafts, useOnline } from '../../../lib/offline-queue.ts';
import { QueueStateTag } from '../components/queue-state-tag.tsx';
import { StartDraftDialog } from '../components/start-draft-dialog.tsx';
import { INSPECTION_DRAFT, listKits, retryDraft, type TDraftRecord, type TInspectionKit } from '../offline/inspection-drafts.ts';
import { prepareKit } from '../offline/prepare-kit.ts';

/** Offline inspections: operators prepared for field work, and the queue of what waits for the server. */
export function OfflinePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const online = useOnline();
  const drafts = useDrafts()?.filter((d): d is TDraftRecord => d.kind === INSPECTION_DRAFT) ?? null;
  const [kits, setKits] = useState<TInspectionKit[]>([]);
  const [operatorId, setOperatorId] = useState<string>();
  const [preparing, setPreparing] = useState(false);
  const [starting, setStarting] = useState<TInspectionKit | null>(null);
  useEffect(() => void listKits().then(setKits), []);

  async function prepare() {
    if (!operatorId) return;
    setPreparing(true);
    try {
      const kit = await prepareKit(operatorId);
      setKits(await listKits());
      message.success(t('offline.prepared', { name: kit.operatorName }));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setPreparing(false);
    }
  }

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={t('offline.queue')}
        extra={
          <Button icon={<CloudUploadOutlined />} disabled={!online} onClick={() => void syncNow()} data-testid="sync-now">
            {t('offline.syncNow')}
          </Button>
        }
      >
        <List<TDraftRecord>
          dataSource={drafts ?? []}
          loading={drafts === null}
          locale={{ emptyText: t('offline.noDrafts') }}
          renderItem={(draft) => (
            <List.Item data-testid="draft-row">
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex gap={8} wrap align="center">
                  <Link to={`/inspections/offline/${draft.id}`}>{draft.title}</Link>
                  <Typography.Text type="secondary">{draft.data.inspection.inspectedOn}</Typography.Text>
                  <QueueStateTag state={draft.state} />
                </Flex>
                {draft.reason && (
                  <Typography.Text type={draft.state === 'failed' ? 'danger' : 'secondary'} data-testid="draft-reason">
                    {draft.reason}
                  </Typography.Text>
                )}
                <Flex gap={8} wrap>
                  {draft.state === 'failed' && (
                    <Button size="small" onClick={() => void retryDraft(draft.id).then(() => syncNow())}>
                      {t('offline.retry')}
                    </Button>
                  )}
                  {draft.state === 'synced' && draft.data.serverId && <Link to={`/inspections/${draft.data.serverId}`}>{t('offline.viewOnServer')}</Link>}
                  <Popconfirm title={t('offline.discardConfirm')} onConfirm={() => void deleteDraft(draft.id)}>
                    <Button size="small" danger type="text">
                      {t('offline.discard')}
                    </Button>
                  </Popconfirm>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('offline.kits')}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('offline.kitsHint')}</Typography.Text>
          <Flex gap={8} wrap>
            <div style={{ flex: '1 1 220px' }}>
              <OperatorPicker value={operatorId} onChange={setOperatorId} placeholder={t('offline.pickOperator')} testId="kit-operator" />
            </div>
            <Button type="primary" loading={preparing} disabled={!online || !operatorId} onClick={() => void prepare()} data-testid="kit-prepare">
              {online ? t('offline.prepare') : t('offline.needsNetwork')}
            </Button>
          </Flex>
          <List<TInspectionKit>
            dataSource={kits}
            locale={{ emptyText: t('offline.noKits') }}
            renderItem={(kit) => (
              <List.Item
                data-testid="kit-row"
                actions={[
                  <Button key="start" onClick={() => setStarting(kit)} data-testid="kit-start">
                    {t('offline.startOffline')}
                  </Button>,
                ]}
              >
                <Flex vertical gap={2}>
                  <Typography.Text>{kit.operatorName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {kit.checklist.name} v{kit.checklist.versionNo} · {t('offline.preparedAt', { time: formatDateTime(kit.preparedAt) })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Flex>
      </Card>
      {starting && <StartDraftDialog kit={starting} onClose={() => setStarting(null)} />}
    </Flex>
  );
}
