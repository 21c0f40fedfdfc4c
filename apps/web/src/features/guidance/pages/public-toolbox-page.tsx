import { Card, Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
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
    <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('guidance.publicToolboxTitle')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card title={t('guidance.toolboxSection')}>
        <Typography.Paragraph type="secondary">{t('guidance.toolboxIntro')}</Typography.Paragraph>
        <GuidanceList items={data?.toolbox ?? []} loading={loading} onDownload={(d, file) => downloadPublicAttachment(d.id, file)} />
      </Card>
      <Card title={t('guidance.guidanceSection')}>
        <GuidanceList items={data?.guidance ?? []} loading={loading} onDownload={(d, file) => downloadPublicAttachment(d.id, file)} />
      </Card>
    </Flex>
  );
}
