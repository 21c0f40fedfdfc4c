import { Card, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { getPublicRumour } from '../api/rumours-api.ts';
import { RumourLinks } from '../components/rumour-links.tsx';

/** One published rebuttal: the claim, the facts, the evidence, the standards and law articles behind it. */
export function PublicRumourPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { data, error, reload } = useApi((signal) => getPublicRumour(id!, signal), [id]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <PublicPage title={t('rumours.publicTitle')}>
      <Link to="/p/rumours">
        <ArrowLeftOutlined /> {t('rumours.back')}
      </Link>
      {data && (
        <Card title={<Typography.Text style={{ whiteSpace: 'normal' }}>{data.title}</Typography.Text>} extra={<Tag>{t(`rumours.topics.${data.topic}`)}</Tag>}>
          <Typography.Title level={5} type="danger">
            {t('rumours.claim')}
          </Typography.Title>
          <Typography.Paragraph data-testid="rumour-claim">{data.claim}</Typography.Paragraph>
          <Typography.Title level={5} type="success">
            {t('rumours.rebuttal')}
          </Typography.Title>
          <Typography.Paragraph data-testid="rumour-rebuttal">{data.rebuttal}</Typography.Paragraph>
          {data.evidence && (
            <>
              <Typography.Title level={5}>{t('rumours.evidence')}</Typography.Title>
              <Typography.Paragraph>{data.evidence}</Typography.Paragraph>
            </>
          )}
          <RumourLinks standards={data.standards} articles={data.articles} articleBase="/p/laws/articles/" />
        </Card>
      )}
    </PublicPage>
  );
}
