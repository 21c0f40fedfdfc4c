import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context.ts';
import { GapList } from '../components/gap-list.tsx';
import { RuleEditor } from '../components/rule-editor.tsx';

/** 配备检查: the operators in scope missing a required food safety post, and the rules (edited by the department). */
export function StaffingPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [search, setSearch] = useSearchParams();
  const tabs = [
    { key: 'gaps', label: t('staffing.gapsTab'), children: <GapList /> },
    { key: 'rules', label: t('staffing.rulesTab'), children: <RuleEditor manage={can('staffing.manage')} /> },
  ];
  const active = tabs.some((tab) => tab.key === search.get('tab')) ? search.get('tab')! : 'gaps';
  return <Tabs activeKey={active} onChange={(tab) => setSearch({ tab })} items={tabs} destroyOnHidden />;
}
