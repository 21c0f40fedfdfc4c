import { Card, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { searchPublicRumours } from '../api/rumours-api.ts';
import { Highlighted } from '../components/highlighted.tsx';

/** Published rebuttals for anyone: type what you heard, read the facts. The query lives in the address, so results can be shared. */
export function PublicRumoursPage() {
  const { t } = useTranslation();
  const list = useList({ params: { q: text() } }, ({ filters: { q }, page, pageSize }, signal) => searchPublicRumours({ q: q ?? '', page, pageSize }, signal));
  return (
    <PublicPage title={t('rumours.publicTitle')}>
      <Card>
        <ListShell
          list={list}
          filters={
            <>
              <Typography.Paragraph type="secondary">{t('rumours.publicIntro')}</Typography.Paragraph>
              <SearchFilter list={list} name="q" enterButton placeholder={t('rumours.publicSearch')} data-testid="rumour-search" />
              <div style={{ height: 12 }} />
            </>
          }
          emptyText={t('rumours.empty')}
          pagination={{ size: 'small' }}
          renderItem={(hit) => (
            <List.Item key={hit.id} data-testid="rumour-hit">
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <Link to={`/p/rumours/${hit.id}`}>
                      <Highlighted text={hit.title} terms={hit.terms} />
                    </Link>
                    <Tag>{t(`rumours.topics.${hit.topic}`)}</Tag>
                  </Flex>
                }
                description={
                  <>
                    <Typography.Text type="danger">{t('rumours.rumourLabel')}：</Typography.Text>
                    <Highlighted text={hit.claim} terms={hit.terms} />
                    <br />
                    <Typography.Text type="success">{t('rumours.truthLabel')}：</Typography.Text>
                    <Highlighted text={hit.snippet} terms={hit.terms} />
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
