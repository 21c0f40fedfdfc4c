import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context.ts';
import { CampaignList } from '../components/campaign-list.tsx';
import { SigningStatus } from '../components/signing-status.tsx';
import { TemplateEditor } from '../components/template-editor.tsx';

/** 三张清单与承诺书 for the office and the stations: signing status; the office also edits templates and campaigns. */
export function DutyOfficePage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [search, setSearch] = useSearchParams();
  const manage = can('cadre.manage');
  const tabs = [
    { key: 'status', label: t('cadreDuties.statusTab'), children: <SigningStatus /> },
    ...(manage ? [{ key: 'templates', label: t('cadreDuties.templatesTab'), children: <TemplateEditor /> }] : []),
    { key: 'campaigns', label: t('cadreDuties.campaigns'), children: <CampaignList manage={manage} /> },
  ];
  const active = tabs.some((tab) => tab.key === search.get('tab')) ? search.get('tab')! : 'status';
  // Each tab's list keeps its own filters in the URL; switching tabs starts from the tab alone.
  return <Tabs activeKey={active} onChange={(tab) => setSearch({ tab })} items={tabs} destroyOnHidden />;
}
