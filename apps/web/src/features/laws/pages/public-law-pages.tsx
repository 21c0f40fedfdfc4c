import { Button, Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { ArticleById } from '../components/article-redirect.tsx';
import { LawDocumentView } from '../components/law-document-view.tsx';
import { LawSearchView } from '../components/law-search-view.tsx';

function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Link to="/p/laws">
          <Typography.Text strong>
            <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('laws.publicTitle')}
          </Typography.Text>
        </Link>
        <Flex gap={8} align="center">
          <Link to="/login">
            <Button size="small" type="link">
              {t('laws.staffLogin')}
            </Button>
          </Link>
          <LanguageSwitch />
        </Flex>
      </Flex>
      {children}
    </Flex>
  );
}

/** /p/laws: anyone searches the library, no account needed. */
export function PublicLawSearchPage() {
  return (
    <PublicFrame>
      <LawSearchView base="/p/laws" />
    </PublicFrame>
  );
}

/** /p/laws/:id: a document to read, for anyone. */
export function PublicLawDocumentPage() {
  const { id } = useParams();
  return (
    <PublicFrame>
      <LawDocumentView id={id!} base="/p/laws" />
    </PublicFrame>
  );
}

/** /p/laws/articles/:id: an article's stable public link. */
export const PublicLawArticlePage = () => <ArticleById base="/p/laws" />;
