import { useTranslation } from 'react-i18next';
import { PublicPage } from '../../../components/public-page.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { downloadPublicAttachment, listPublicGuidance } from '../api/guidance-api.ts';
import { GuidanceList } from '../components/guidance-list.tsx';

/** The toolbox for anyone: templates, guides and guidance published for the public, no sign-in. */
export function PublicToolboxPage() {
  const { t } = useTranslation();
  // The second list pages on its own keys.
  const toolbox = useList({ params: {} }, ({ page, pageSize }, signal) => listPublicGuidance({ toolbox: 'true', page, pageSize }, signal));
  const guidance = useList({ params: {}, prefix: 'guidance.' }, ({ page, pageSize }, signal) => listPublicGuidance({ toolbox: 'false', page, pageSize }, signal));
  return (
    <PublicPage title={t('guidance.publicToolboxTitle')}>
      <GuidanceList list={toolbox} title={t('guidance.toolboxSection')} intro={t('guidance.toolboxIntro')} onDownload={(d, file) => downloadPublicAttachment(d.id, file)} />
      <GuidanceList list={guidance} title={t('guidance.guidanceSection')} onDownload={(d, file) => downloadPublicAttachment(d.id, file)} />
    </PublicPage>
  );
}
