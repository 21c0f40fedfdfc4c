import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { listPublishedNotices } from '../api/consumer-notices-api.ts';

/** Published consumer advisories and warnings, for anyone. */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => listPublishedNotices(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <PublicPage title={t('consumerNotices.publicTitle')}>
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
    </PublicPage>
  );
}
