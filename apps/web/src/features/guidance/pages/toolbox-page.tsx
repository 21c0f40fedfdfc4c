import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { downloadAttachment, listGuidance } from '../api/guidance-api.ts';
import { GuidanceList } from '../components/guidance-list.tsx';

/** The toolbox in a signed-in account: what the bureau published for the user (a business: for businesses and the public). */
export function ToolboxPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi(async (signal) => {
    const [toolbox, guidance] = await Promise.all([listGuidance({ toolbox: 'true', pageSize: 100 }, signal), listGuidance({ toolbox: 'false', pageSize: 100 }, signal)]);
    return { toolbox: toolbox.items.filter((d) => d.published), guidance: guidance.items.filter((d) => d.published) };
  }, []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12}>
      <Card title={t('guidance.toolboxTitle')}>
        <Typography.Paragraph type="secondary">{t('guidance.toolboxIntro')}</Typography.Paragraph>
        <GuidanceList items={data?.toolbox ?? []} loading={loading} onDownload={(d, file) => downloadAttachment(d.id, file)} />
      </Card>
      <Card title={t('guidance.guidanceSection')}>
        <GuidanceList items={data?.guidance ?? []} loading={loading} onDownload={(d, file) => downloadAttachment(d.id, file)} />
      </Card>
    </Flex>
  );
}
