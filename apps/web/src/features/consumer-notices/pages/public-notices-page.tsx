import { Card, Flex, List, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { listPublishedNotices } from '../api/consumer-notices-api.ts';

/** Published consumer advisories and warnings, for anyone. */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => listPublishedNotices(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('consumerNotices.publicTitle')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card>
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('consumerNotices.empty') }}
          renderItem={(n) => (
            <List.Item key={n.id}>
              <List.Item.Meta
                title={
                  <Flex gap={8}>
                    {n.title}
                    <Tag color={n.kind === 'warning' ? 'red' : 'blue'}>{t(`consumerNotices.kinds.${n.kind}`)}</Tag>
                  </Flex>
                }
                description={
                  <>
                    <Typography.Paragraph>{n.body}</Typography.Paragraph>
                    {n.publishedAt && <Typography.Text type="secondary">{t('consumerNotices.publishedAt', { at: n.publishedAt.slice(0, 10) })}</Typography.Text>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
