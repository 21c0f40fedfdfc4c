import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TStandardRef } from '@shian/shared/food-standard';
import type { TLawArticleRef } from '@shian/shared/law';
import { StandardStatusTag } from '../../../components/standard-status-tag.tsx';

/** The standards (with today's status) and law articles a rebuttal rests on; articles link to the law library. */
export function RumourLinks({ standards, articles, articleBase }: { standards: TStandardRef[]; articles: TLawArticleRef[]; articleBase: string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      {standards.length > 0 && (
        <div>
          <Typography.Text strong>{t('rumours.standards')}</Typography.Text>
          {standards.map((s) => (
            <Flex key={s.id} gap={8} wrap align="center" style={{ marginTop: 4 }}>
              <Typography.Text>{s.number}</Typography.Text>
              <Typography.Text type="secondary">{s.title}</Typography.Text>
              <StandardStatusTag status={s.status} />
              {s.supersededBy && <Typography.Text type="secondary">{t('rumours.replacedBy', { number: s.supersededBy })}</Typography.Text>}
            </Flex>
          ))}
        </div>
      )}
      {articles.length > 0 && (
        <div>
          <Typography.Text strong>{t('rumours.articles')}</Typography.Text>
          {articles.map((a) => (
            <div key={a.articleId} style={{ marginTop: 4 }}>
              <Typography.Link href={`${articleBase}${a.articleId}`}>
                《{a.documentTitle}》{a.articleNumber}
              </Typography.Link>
            </div>
          ))}
        </div>
      )}
    </Flex>
  );
}
