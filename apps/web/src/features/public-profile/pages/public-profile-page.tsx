import { Card, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import { useApi } from '../../../api/use-api.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { useLang } from '../../../lib/i18n.ts';
import { getPublicProfile, qrUrl } from '../api/three-shows-api.ts';
import { ThreeShowsView } from '../../../components/three-shows-view.tsx';

/** The citizens' page behind the QR code on the shop's wall: no sign-in, published data only. */
export function PublicProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error } = useApi((signal) => getPublicProfile(id, signal), [id]);
  if (error) return <Result status={error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const type = OPERATOR_TYPE_NAMES[data.operator.type];
  return (
    <PublicPage title={t('publicProfile.title')} maxWidth={1100}>
      <Card>
        <Flex gap={16} wrap justify="space-between" align="center">
          <Flex vertical gap={4} style={{ flex: '1 1 240px' }}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-operator-name">
              {data.operator.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              {lang === 'en' ? type.en : type.zh} · {data.operator.unitName}
            </Typography.Text>
            <Typography.Text type="secondary">{data.operator.address}</Typography.Text>
          </Flex>
          <Flex vertical align="center">
            <img src={qrUrl(id)} alt="QR" width={120} height={120} data-testid="public-qr" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('publicProfile.scan')}
            </Typography.Text>
          </Flex>
        </Flex>
      </Card>
      <ThreeShowsView profile={data} />
      <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
        {t('publicProfile.publicFooter')}
      </Typography.Text>
    </PublicPage>
  );
}
