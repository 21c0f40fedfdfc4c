import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { RankingTab } from '../components/ranking-tab.tsx';
import { AllocationTab } from '../components/allocation-tab.tsx';
import { MonitoringTab } from '../components/monitoring-tab.tsx';
import { ModelsTab } from '../components/models-tab.tsx';

const TABS = ['ranking', 'allocation', 'monitoring', 'models'] as const;
type TTab = (typeof TABS)[number];

/** Risk-ranked targeting: who is likely to have a serious problem, this week's lists, whether it pays. */
export function TargetingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = (TABS.includes(params.get('tab') as TTab) ? params.get('tab') : 'ranking') as TTab;
  const content: Record<TTab, React.ReactNode> = {
    ranking: <RankingTab />,
    allocation: <AllocationTab />,
    monitoring: <MonitoringTab />,
    models: <ModelsTab />,
  };
  return (
    <Card title={t('targeting.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={TABS.map((key) => ({ key, label: t(`targeting.tabs.${key}`), children: key === tab ? content[key] : null }))}
      />
    </Card>
  );
}
