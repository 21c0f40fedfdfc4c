import { Button, Card, Flex, Spin } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { LoadError } from './load-error.tsx';
import { getThreeShows, publicPath } from '../api/three-shows.ts';
import { ThreeShowsView } from './three-shows-view.tsx';

/** The 三亮 section of the operator page, for staff and for the business itself. */
export function ThreeShowsCard({ operatorId }: { operatorId: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi((signal) => getThreeShows(operatorId, signal), [operatorId]);
  return (
    <Card
      title={t('publicProfile.title')}
      extra={
        <Button size="small" icon={<QrcodeOutlined />} href={publicPath(operatorId)} target="_blank">
          {t('publicProfile.openPublic')}
        </Button>
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : data ? (
        <ThreeShowsView profile={data} />
      ) : (
        <Flex justify="center">
          <Spin />
        </Flex>
      )}
    </Card>
  );
}
