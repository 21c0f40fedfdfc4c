import { useEffect } from 'react';
import { Alert, App, Button, Card, Collapse, Descriptions, Flex, List, Tag, Timeline, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { articleBlocks, type TLawArticle } from '@shian/shared/law';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getLaw } from '../api/laws-api.ts';
import { LawTags } from './law-tags.tsx';

export const articleAnchor = (articleId: string) => `article-${articleId}`;

function ArticleBody({ article }: { article: TLawArticle }) {
  return (
    <>
      {articleBlocks(article.body).map((block, i) =>
        block.kind === 'item' ? (
          <Typography.Paragraph key={i} style={{ margin: '0 0 4px 1.5em' }}>
            {block.label}
            {block.text}
          </Typography.Paragraph>
        ) : (
          <Typography.Paragraph key={i} style={{ margin: '0 0 4px', textIndent: i === 0 ? 0 : '2em' }}>
            {block.text}
          </Typography.Paragraph>
        ),
      )}
    </>
  );
}

/**
 * A document to read: its history, outline and every article with a stable anchor, and where the
 * platform cites each article. `base` is '/laws' (staff: citations link to the citing records) or
 * '/p/laws' (public: labels only).
 */
export function LawDocumentView({ id, base }: { id: string; base: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const location = useLocation();
  const staff = base === '/laws';
  const { data: doc, error, loading, reload } = useApi((signal) => getLaw(id, signal), [id]);

  useEffect(() => {
    if (!doc || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [doc, location.hash]);

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!doc) return <Card loading={loading} />;
  const target = location.hash.slice(1);

  async function copyLink(articleId: string) {
    await navigator.clipboard?.writeText(`${window.location.origin}${base}/articles/${articleId}`);
    message.success(t('laws.linkCopied'));
  }

  return (
    <Flex vertical gap={12}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="law-title">
          {doc.title}
          {doc.subtitle && <Typography.Text type="secondary">{` · ${doc.subtitle}`}</Typography.Text>}
        </Typography.Title>
        <Flex gap={4} wrap style={{ marginBottom: 12 }}>
          <LawTags level={doc.level} validity={doc.validity} />
        </Flex>
        {doc.supersededById && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('laws.supersededBy')}
            action={<Link to={`${base}/${doc.supersededById}`}>{t('laws.openCurrent')}</Link>}
          />
        )}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          {doc.issuingBody && <Descriptions.Item label={t('laws.issuingBody')}>{doc.issuingBody}</Descriptions.Item>}
          {doc.documentNumber && <Descriptions.Item label={t('laws.documentNumber')}>{doc.documentNumber}</Descriptions.Item>}
          {doc.publishedOn && <Descriptions.Item label={t('laws.publishedOn')}>{doc.publishedOn}</Descriptions.Item>}
          {doc.effectiveOn && <Descriptions.Item label={t('laws.effectiveOn')}>{doc.effectiveOn}</Descriptions.Item>}
        </Descriptions>
        {doc.versions.length > 1 && (
          <Flex gap={6} wrap align="center">
            <Typography.Text type="secondary">{t('laws.versions')}：</Typography.Text>
            {doc.versions
              .filter((v) => v.id !== doc.id)
              .map((v) => (
                <Link key={v.id} to={`${base}/${v.id}`}>
                  <Tag>{`${v.publishedOn ?? '—'} ${t(`laws.validities.${v.validity}`)}`}</Tag>
                </Link>
              ))}
          </Flex>
        )}
        <Collapse
          ghost
          size="small"
          items={[
            ...(doc.history.length
              ? [
                  {
                    key: 'history',
                    label: t('laws.history'),
                    children: <Timeline items={doc.history.map((h) => ({ children: `${h.date ?? ''} ${h.text}` }))} />,
                  },
                ]
              : []),
            ...(doc.outline.length
              ? [
                  {
                    key: 'outline',
                    label: t('laws.outline'),
                    children: (
                      <Flex vertical gap={2}>
                        {doc.outline.map((o, i) => (
                          <a key={i} href={o.firstArticleId ? `#${articleAnchor(o.firstArticleId)}` : undefined} style={{ paddingLeft: (o.depth - 1) * 16 }}>
                            {o.title}
                          </a>
                        ))}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {doc.preamble && (
        <Card size="small" title={t('laws.preamble')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{doc.preamble}</Typography.Paragraph>
        </Card>
      )}
      <Card size="small">
        <List
          dataSource={doc.articles}
          renderItem={(article, i) => {
            // The headings that start here: from the first one that differs from the previous article's.
            const before = i === 0 ? [] : doc.articles[i - 1].headings;
            const from = article.headings.findIndex((h, k) => h !== before[k]);
            const opened = from < 0 ? [] : article.headings.slice(from);
            return (
              <List.Item key={article.id} style={{ display: 'block', padding: '8px 0' }}>
                {opened.map((h) => (
                  <Typography.Title key={h} level={5} style={{ textAlign: 'center' }}>
                    {h}
                  </Typography.Title>
                ))}
                <div
                  id={articleAnchor(article.id)}
                  data-testid="law-article"
                  style={{ scrollMarginTop: 72, background: target === articleAnchor(article.id) ? '#fffbe6' : undefined, padding: 4, borderRadius: 4 }}
                >
                  <Flex justify="space-between" align="baseline" gap={8}>
                    <Typography.Text strong>{article.articleNumber}</Typography.Text>
                    <Button size="small" type="text" icon={<LinkOutlined />} title={t('laws.copyLink')} onClick={() => void copyLink(article.id)} />
                  </Flex>
                  <ArticleBody article={article} />
                  {article.citations.length > 0 && (
                    <Flex vertical gap={2} data-testid="law-cited-by" style={{ marginTop: 4 }}>
                      <Typography.Text type="secondary">{t('laws.citedBy')}</Typography.Text>
                      {article.citations.map((c) => (
                        <Typography.Text key={c.id} style={{ fontSize: 13 }}>
                          <Tag>{t(`laws.citationKinds.${c.subjectKind}`)}</Tag>
                          {staff && c.link ? <Link to={c.link}>{c.label}</Link> : c.label}
                        </Typography.Text>
                      ))}
                    </Flex>
                  )}
                </div>
              </List.Item>
            );
          }}
        />
      </Card>
    </Flex>
  );
}
