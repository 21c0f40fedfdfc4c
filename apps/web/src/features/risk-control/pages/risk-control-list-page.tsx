import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getList } from '../api/risk-control-api.ts';
import { ListView } from '../components/list-editor.tsx';

/** One business's risk control list as staff read it (or its kind's template while it has adopted none). */
export function RiskControlListPage() {
  const { t } = useTranslation();
  const { operatorId = '' } = useParams();
  const { data, error, reload } = useApi((signal) => getList(operatorId, signal), [operatorId]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  return (
    <Card size="small" title={t('riskControl.viewTitle')}>
      <ListView list={data} />
    </Card>
  );
}
