import { Flex, Input, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { LAW_LEVELS, LAW_TOPICS, LAW_VALIDITIES } from '@shian/shared/law';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listLaws, searchLaws } from '../api/laws-api.ts';
import { LawTags } from './law-tags.tsx';
import { SnippetText } from './snippet-text.tsx';

const PAGE_SIZE = 20;
const FILTERS = ['level', 'validity', 'topic'] as const;

/**
 * The search box and its results, kept in the address (?q=&level=…) so that a search can be shared.
 * Without a question it lists the documents. `base` is '/laws' for staff and '/p/laws' for the public.
 */
export function LawSearchView({ base }: { base: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined]));
  const query = { ...filters, q, page, pageSize: PAGE_SIZE };
  const key = JSON.stringify(query);
  const articles = useApi((signal) => (q ? searchLaws(query, signal) : Promise.resolve(null)), [key]);
  const documents = useApi((signal) => (q ? Promise.resolve(null) : listLaws(query, signal)), [key]);
  const error = articles.error ?? documents.error;

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    // Any change but paging starts again from the first page.
    for (const [name, value] of Object.entries({ page: undefined, ...changes })) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next);
  };
  const options = (values: readonly string[], group: string) => [
    { value: '', label: `${t(`laws.${group}` as 'laws.level')}：${t('laws.all')}` },
    ...values.map((v) => ({ value: v, label: t(`laws.${group}s.${v}` as 'laws.levels.law') })),
  ];
  const pagination = (total: number) =>
    total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, size: 'small' as const, showSizeChanger: false, onChange: (p: number) => update({ page: String(p) }) } : false;

  return (
    <Flex vertical gap={12}>
      <Input.Search
        data-testid="law-search"
        defaultValue={q}
        key={q}
        placeholder={t('laws.searchPlaceholder')}
        enterButton={t('common.search')}
        allowClear
        maxLength={100}
        onSearch={(value) => update({ q: value.trim() || undefined })}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('laws.searchHint')}
      </Typography.Text>
      <Flex gap={8} wrap>
        <Select style={{ minWidth: 150 }} value={filters.level ?? ''} options={options(LAW_LEVELS, 'level')} onChange={(v) => update({ level: v || undefined })} />
        <Select style={{ minWidth: 140 }} value={filters.validity ?? ''} options={options(LAW_VALIDITIES, 'validity')} onChange={(v) => update({ validity: v || undefined })} />
        <Select style={{ minWidth: 140 }} value={filters.topic ?? ''} options={options(LAW_TOPICS, 'topic')} onChange={(v) => update({ topic: v || undefined })} />
      </Flex>
      {error && <LoadError error={error} onRetry={q ? articles.reload : documents.reload} />}
      {q ? (
        <List
          loading={articles.loading}
          header={articles.data && <Typography.Text type="secondary">{t('laws.results', { total: articles.data.total })}</Typography.Text>}
          dataSource={articles.data?.items ?? []}
          locale={{ emptyText: t('laws.noResults') }}
          pagination={pagination(articles.data?.total ?? 0)}
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
        <List
          loading={documents.loading}
          header={documents.data && <Typography.Text type="secondary">{t('laws.documentCount', { total: documents.data.total })}</Typography.Text>}
          dataSource={documents.data?.items ?? []}
          locale={{ emptyText: t('laws.noResults') }}
          pagination={pagination(documents.data?.total ?? 0)}
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
