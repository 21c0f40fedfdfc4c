import { App, Button, Card, Flex, Popconfirm, Space, Spin } from 'antd';
import { ArrowLeftOutlined, CarryOutOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { TOperator } from '@shian/shared/operator';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { maySetJurisdiction } from '@shian/shared/access';
import { LoadError } from '../../../components/load-error.tsx';
import { getOperator, patchOperator } from '../api/operators-api.ts';
import { LicenceTable } from '../components/licence-table.tsx';
import { OperatorProfile } from '../components/operator-profile.tsx';
import { PersonnelTable } from '../components/personnel-table.tsx';
import { isVersionConflict, useVersionConflict } from '../hooks/use-version-conflict.ts';
import { StartInspectionButton } from '../../../components/start-inspection-button.tsx';
import { matching, UUID } from '../../../components/list-shell/list-params.ts';
import { ThreeShowsCard } from '../../../components/three-shows-card.tsx';
import { RiskGradeCard } from '../../../components/risk-grade-card.tsx';
import { OperatorCadreCard } from '../../../components/operator-cadre-card.tsx';
import { OperatorSelfCheckCard } from '../../../components/operator-self-check-card.tsx';
import { OperatorStaffingCard } from '../../../components/operator-staffing-card.tsx';
import { OperatorExamCard } from '../../../components/operator-exam-card.tsx';

export function OperatorDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const showConflict = useVersionConflict();
  const { data, error, reload, setData } = useApi<TOperator>((signal) => getOperator(id, signal), [id]);
  // Opened from a plan entry (the workbench): the inspection to start is made for it.
  const planEntryId = matching(UUID)(searchParams.get('planEntryId')) ?? null;

  if (error) return <LoadError error={error} onRetry={reload} />;
  // useApi keeps the previous operator while the next one loads; don't show it under the new URL.
  if (!data || data.id !== id) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const operator = data;

  async function deactivate() {
    try {
      setData(await patchOperator(operator.id, { version: operator.version, status: 'deactivated' }));
      message.success(t('operators.detail.deactivated'));
    } catch (e) {
      const apiError = asApiError(e);
      if (isVersionConflict(apiError)) showConflict(reload);
      else message.error(apiError.message);
    }
  }

  const actions = (
    <Space wrap>
      {can('inspection.write') && operator.status === 'active' && <StartInspectionButton operatorId={operator.id} planEntryId={planEntryId} />}
      {can('cadre-visit.record') && operator.status === 'active' && (
        <Button type="primary" icon={<CarryOutOutlined />} onClick={() => navigate(`/cadre-visits/new?operatorId=${operator.id}`)} data-testid="operator-record-visit">
          {t('cadreVisits.record')}
        </Button>
      )}
      {can('operator.write') && (
        <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/operators/${operator.id}/edit`)} data-testid="operator-edit">
          {t('operators.detail.edit')}
        </Button>
      )}
      {can('operator.write') && !!me && maySetJurisdiction(me.scope) && operator.status !== 'deactivated' && (
        <Popconfirm
          title={t('operators.detail.deactivateConfirm')}
          description={t('operators.detail.deactivateHint')}
          okText={t('operators.detail.deactivate')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={deactivate}
        >
          <Button danger icon={<StopOutlined />} data-testid="operator-deactivate">
            {t('operators.detail.deactivate')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            {me?.scope !== 'operator' && (
              <Button
                type="text"
                icon={<ArrowLeftOutlined />}
                aria-label={t('common.back')}
                // Back keeps the list's filters; a directly opened page has no history to go back to.
                onClick={() => (location.key === 'default' ? navigate('/operators') : navigate(-1))}
              />
            )}
            <span data-testid="operator-name" style={{ whiteSpace: 'normal' }}>
              {operator.name}
            </span>
          </Space>
        }
      >
        <Flex vertical gap={16}>
          <Flex justify="flex-end">{actions}</Flex>
          <OperatorProfile operator={operator} />
        </Flex>
      </Card>
      {can('risk.read') && <RiskGradeCard operatorId={operator.id} />}
      {can('cadre.read') && <OperatorCadreCard operatorId={operator.id} unitCode={operator.unitCode} manage={can('cadre.manage')} />}
      {can('self-check.read') && <OperatorSelfCheckCard operatorId={operator.id} />}
      <Card title={t('operators.detail.licences')}>
        <LicenceTable licences={operator.licences} />
      </Card>
      <Card title={t('operators.detail.personnel')}>
        <PersonnelTable personnel={operator.personnel} />
      </Card>
      {can('staffing.read') && <OperatorStaffingCard operatorId={operator.id} />}
      {(can('exam.read') || me?.operatorId === operator.id) && <OperatorExamCard operatorId={operator.id} own={!can('exam.read')} />}
      <ThreeShowsCard operatorId={operator.id} />
    </Flex>
  );
}
