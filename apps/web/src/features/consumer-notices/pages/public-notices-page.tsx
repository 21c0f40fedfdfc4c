import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublicPage } from '../../../components/public-page.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listPublishedNotices } from '../api/consumer-notices-api.ts';

/** Published consumer advisories and warnings, for anyone. */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listPublishedNotices({ page, pageSize }, signal));
  return (
    <PublicPage title={t('consumerNotices.publicTitle')}>
      <Card>
        <ListShell
          list={list}
          emptyText={t('consumerNotices.empty')}
          pagination={{ size: 'small' }}
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
