import { Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LAW_LEVELS, LAW_TOPICS, LAW_VALIDITIES } from '@shian/shared/law';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listLaws, searchLaws } from '../api/laws-api.ts';
import { LawTags } from './law-tags.tsx';
import { SnippetText } from './snippet-text.tsx';

/**
 * The search box and its results, kept in the address (?q=&level=…) so that a search can be shared.
 * Without a question it lists the documents. `base` is '/laws' for staff and '/p/laws' for the public.
 */
export function LawSearchView({ base }: { base: string }) {
  const { t } = useTranslation();
  const spec = { params: { q: text(), level: oneOf(LAW_LEVELS), validity: oneOf(LAW_VALIDITIES), topic: oneOf(LAW_TOPICS) } };
  // One state in the URL, two kinds of result: articles for a question, documents without one.
  const articles = useList(spec, ({ filters, page, pageSize }, signal) => (filters.q ? searchLaws({ ...filters, page, pageSize }, signal) : Promise.resolve(null)));
  const documents = useList(spec, ({ filters, page, pageSize }, signal) => (filters.q ? Promise.resolve(null) : listLaws({ ...filters, page, pageSize }, signal)));
  const q = articles.filters.q ?? '';
  const select = (name: 'level' | 'validity' | 'topic', values: readonly string[], width: number) => (
    <SelectFilter
      list={articles}
      name={name}
      all={`${t(`laws.${name}`)}：${t('laws.all')}`}
      options={values.map((v) => ({ value: v, label: t(`laws.${name}s.${v}` as 'laws.levels.law') }))}
      style={{ minWidth: width }}
    />
  );
  const pagination = { size: 'small' as const, showSizeChanger: false };

  return (
    <Flex vertical gap={12}>
      <SearchFilter list={articles} name="q" data-testid="law-search" placeholder={t('laws.searchPlaceholder')} enterButton={t('common.search')} maxLength={100} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('laws.searchHint')}
      </Typography.Text>
      <Flex gap={8} wrap>
        {select('level', LAW_LEVELS, 150)}
        {select('validity', LAW_VALIDITIES, 140)}
        {select('topic', LAW_TOPICS, 140)}
      </Flex>
      {q ? (
        <ListShell
          list={articles}
          header={articles.data && <Typography.Text type="secondary">{t('laws.results', { total: articles.data.total })}</Typography.Text>}
          emptyText={t('laws.noResults')}
          pagination={pagination}
          renderItem={(hit) => (
            <List.Item key={hit.articleId} data-testid="law-hit">
              <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                <Flex gap={6} wrap align="center">
                  <Link to={`${base}/articles/${hit.articleId}`}>
                    <Typography.Text strong>{`${hit.documentTitle} ${hit.articleNumber}`}</Typography.Text>
                  </Link>
                  <LawTags level={hit.level} validity={hit.validity} />
                </Flex>
                <Typography.Paragraph style={{ margin: 0, wordBreak: 'break-all' }}>
                  <SnippetText snippet={hit.snippet} />
                </Typography.Paragraph>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <ListShell
          list={documents}
          header={documents.data && <Typography.Text type="secondary">{t('laws.documentCount', { total: documents.data.total })}</Typography.Text>}
          emptyText={t('laws.noResults')}
          pagination={pagination}
          renderItem={(doc) => (
            <List.Item key={doc.id} data-testid="law-document">
              <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                <Flex gap={6} wrap align="center">
                  <Link to={`${base}/${doc.id}`}>
                    <Typography.Text strong>{doc.subtitle ? `${doc.title}·${doc.subtitle}` : doc.title}</Typography.Text>
                  </Link>
                  <LawTags level={doc.level} validity={doc.validity} />
                </Flex>
                <Typography.Text type="secondary">
                  {[doc.issuingBody, doc.publishedOn, t('laws.articleCount', { count: doc.articleCount })].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
