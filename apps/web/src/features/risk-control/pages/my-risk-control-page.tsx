import { useState } from 'react';
import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TRiskControlList } from '@shian/shared/risk-control';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getList } from '../api/risk-control-api.ts';
import { ListEditor } from '../components/list-editor.tsx';

/** 我的风险管控清单: the business adapts and adopts its own list, on a phone. */
export function MyRiskControlPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const operatorId = me!.operatorId!;
  const [saved, setSaved] = useState<TRiskControlList | null>(null);
  const { data, error, reload } = useApi((signal) => getList(operatorId, signal), [operatorId]);
  const list = saved ?? data;
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!list) return <Spin />;
  return (
    <Card size="small" title={t('riskControl.myTitle')} data-testid="my-risk-control">
      <ListEditor list={list} onSaved={setSaved} />
    </Card>
  );
}
