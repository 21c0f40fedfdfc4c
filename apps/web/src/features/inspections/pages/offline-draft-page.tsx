import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Result, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { TInspection } from '@shian/shared/inspection';
import { syncNow, useDrafts } from '../../../lib/offline-queue.ts';
import { InspectionResultTag } from '../../../components/inspection-result-tag.tsx';
import { InspectionForm } from '../components/inspection-form.tsx';
import { DraftConflict } from '../components/draft-conflict.tsx';
import { QueueStateTag } from '../components/queue-state-tag.tsx';
import { draftBackend } from '../offline/draft-backend.ts';
import { keepMine, loadDraft, takeServer, type TDraftRecord } from '../offline/inspection-drafts.ts';
import { useDraftUrls } from '../offline/use-draft-urls.ts';

/** An inspection kept on the device: the same form as online, its changes queued for the server. */
export function OfflineDraftPage() {
  const { draftId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const drafts = useDrafts();
  const record = drafts?.find((d) => d.id === draftId) as TDraftRecord | undefined;
  // The form keeps its own copy (as online); the live record gives the queue state and the blobs.
  const [inspection, setInspection] = useState<TInspection | null | undefined>(undefined);
  const urls = useDraftUrls(record?.data);
  useEffect(() => {
    void loadDraft(draftId).then((d) => setInspection(d?.data.inspection ?? null));
  }, [draftId]);

  if (inspection === undefined || drafts === null) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!inspection || !record) return <Result status="404" title={t('offline.draftMissing')} extra={<Link to="/inspections/offline">{t('offline.title')}</Link>} />;
  const { data } = record;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex vertical gap={4}>
          <Flex align="center" gap={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={() => navigate('/inspections/offline')} />
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="inspection-operator">
              {inspection.operatorName}
            </Typography.Title>
          </Flex>
          <Flex gap={6} wrap align="center">
            <Tag>{t(`inspections.kinds.${inspection.kind}`)}</Tag>
            <Typography.Text type="secondary">{inspection.inspectedOn}</Typography.Text>
            <InspectionResultTag result={inspection.result} status={inspection.status} />
            <QueueStateTag state={record.state} />
            {data.serverId && record.state === 'synced' && <Link to={`/inspections/${data.serverId}`}>{t('offline.viewOnServer')}</Link>}
          </Flex>
          {record.reason && <Typography.Text type="secondary">{record.reason}</Typography.Text>}
          <Typography.Text type="secondary">{t('offline.draftBanner')}</Typography.Text>
        </Flex>
      </Card>
      {record.state === 'conflict' && data.server && (
        <Card size="small">
          <DraftConflict
            mine={data.inspection}
            server={data.server}
            onKeepMine={() => void keepMine(draftId).then(() => syncNow())}
            onTakeServer={() => void takeServer(draftId).then(() => navigate(`/inspections/${data.serverId}`))}
          />
        </Card>
      )}
      {inspection.status === 'open' ? (
        <InspectionForm inspection={inspection} backend={draftBackend(draftId, urls)} onChange={setInspection} />
      ) : (
        <Alert type={record.state === 'synced' ? 'success' : 'info'} showIcon message={t('offline.closedOnDevice')} data-testid="draft-closed" />
      )}
    </Flex>
  );
}
