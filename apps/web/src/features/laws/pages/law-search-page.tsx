import { Button, Card } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context.ts';
import { LawSearchView } from '../components/law-search-view.tsx';

export function LawSearchPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  return (
    <Card
      title={t('laws.title')}
      extra={
        can('law.manage') && (
          <Link to="/laws/import">
            <Button size="small" icon={<UploadOutlined />}>
              {t('laws.import')}
            </Button>
          </Link>
        )
      }
    >
      <LawSearchView base="/laws" />
    </Card>
  );
}
