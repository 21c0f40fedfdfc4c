import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context.ts';
import { AdoptionStatus } from '../components/adoption-status.tsx';
import { TemplateEditor } from '../components/template-editor.tsx';

/** 风险管控清单 for staff: which businesses adopted their list; the department also edits the templates per kind. */
export function RiskControlPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [search, setSearch] = useSearchParams();
  const tabs = [
    { key: 'status', label: t('riskControl.statusTab'), children: <AdoptionStatus /> },
    ...(can('risk-control.manage') ? [{ key: 'templates', label: t('riskControl.templatesTab'), children: <TemplateEditor /> }] : []),
  ];
  const active = tabs.some((tab) => tab.key === search.get('tab')) ? search.get('tab')! : 'status';
  return <Tabs activeKey={active} onChange={(tab) => setSearch({ tab })} items={tabs} destroyOnHidden />;
}
