import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { downloadPublicAttachment, listPublicGuidance } from '../api/guidance-api.ts';
import { GuidanceList } from '../components/guidance-list.tsx';

/** The toolbox for anyone: templates, guides and guidance published for the public, no sign-in. */
export function PublicToolboxPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi(async (signal) => {
    const [toolbox, guidance] = await Promise.all([
      listPublicGuidance({ toolbox: 'true', pageSize: 100 }, signal),
      listPublicGuidance({ toolbox: 'false', pageSize: 100 }, signal),
    ]);
    return { toolbox: toolbox.items, guidance: guidance.items };
  }, []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <PublicPage title={t('guidance.publicToolboxTitle')}>
      <Card title={t('guidance.toolboxSection')}>
        <Typography.Paragraph type="secondary">{t('guidance.toolboxIntro')}</Typography.Paragraph>
        <GuidanceList items={data?.toolbox ?? []} loading={loading} onDownload={(d, file) => downloadPublicAttachment(d.id, file)} />
      </Card>
      <Card title={t('guidance.guidanceSection')}>
        <GuidanceList items={data?.guidance ?? []} loading={loading} onDownload={(d, file) => downloadPublicAttachment(d.id, file)} />
      </Card>
    </PublicPage>
  );
}
