import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useList } from '../../../components/list-shell/use-list.ts';
import { downloadAttachment, listGuidance } from '../api/guidance-api.ts';
import { GuidanceList } from '../components/guidance-list.tsx';

/** The toolbox in a signed-in account: what the bureau published for the user (a business: for businesses and the public). */
export function ToolboxPage() {
  const { t } = useTranslation();
  // A manager would also see drafts; the toolbox shows what readers see. The second list pages on its own keys.
  const toolbox = useList({ params: {} }, ({ page, pageSize }, signal) => listGuidance({ toolbox: 'true', published: 'true', page, pageSize }, signal));
  const guidance = useList({ params: {}, prefix: 'guidance.' }, ({ page, pageSize }, signal) => listGuidance({ toolbox: 'false', published: 'true', page, pageSize }, signal));
  return (
    <Flex vertical gap={12}>
      <GuidanceList list={toolbox} title={t('guidance.toolboxTitle')} intro={t('guidance.toolboxIntro')} onDownload={(d, file) => downloadAttachment(d.id, file)} />
      <GuidanceList list={guidance} title={t('guidance.guidanceSection')} onDownload={(d, file) => downloadAttachment(d.id, file)} />
    </Flex>
  );
}
