import { useEffect } from 'react';
import { Button, Card, Flex, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { TInspection } from '@shian/shared/inspection';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getInspection } from '../api/inspections-api.ts';
import { InspectionDetail } from '../components/inspection-detail.tsx';
import { InspectionForm } from '../components/inspection-form.tsx';
import { serverBackend } from '../components/inspection-backend.ts';
import { draftOfServerInspection, keepForOffline } from '../offline/inspection-drafts.ts';
import { InspectionResultTag } from '../../../components/inspection-result-tag.tsx';
import { OperatorSelfCheckCard } from '../../../components/operator-self-check-card.tsx';
import { SpotExamCard } from '../../../components/spot-exam-card.tsx';

export function InspectionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { data, error, reload, setData } = useApi<TInspection>((signal) => getInspection(id, signal), [id]);
  const writer = can('inspection.write');
  useEffect(() => {
    if (data && writer) void keepForOffline(data);
  }, [data, writer]);
  // No network: an inspection read here before goes on as a draft on the device.
  const offline = error?.code === 'NETWORK_ERROR' && writer;
  useEffect(() => {
    if (offline) void draftOfServerInspection(id).then((draftId) => draftId && navigate(`/inspections/offline/${draftId}`, { replace: true }));
  }, [offline, id, navigate]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data || data.id !== id) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const editable = data.status === 'open' && writer;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex vertical gap={4}>
          <Flex align="center" gap={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={() => navigate(-1)} />
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="inspection-operator">
              <Link to={`/operators/${data.operatorId}`}>{data.operatorName}</Link>
            </Typography.Title>
          </Flex>
          <Flex gap={6} wrap align="center">
            <Tag>{t(`inspections.kinds.${data.kind}`)}</Tag>
            <Typography.Text type="secondary">{data.inspectedOn}</Typography.Text>
            <InspectionResultTag result={data.result} status={data.status} />
          </Flex>
          <Typography.Text type="secondary">
            {t('inspections.inspectors')}：{data.inspectors.map((i) => i.displayName).join('、')}
          </Typography.Text>
        </Flex>
      </Card>
      {/* The checklist's points on daily checks and records are judged against what the business recorded itself. */}
      {editable && can('self-check.read') && <OperatorSelfCheckCard operatorId={data.operatorId} />}
      {editable ? <InspectionForm inspection={data} backend={serverBackend(id)} onChange={setData} /> : <InspectionDetail inspection={data} />}
      {can('exam.read') && <SpotExamCard inspectionId={data.id} operatorId={data.operatorId} open={data.status === 'open'} />}
    </Flex>
  );
}
