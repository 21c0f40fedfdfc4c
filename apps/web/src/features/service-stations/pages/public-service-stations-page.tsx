import { useState } from 'react';
import { Card, Flex, Input, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { listPublicStations } from '../api/service-stations-api.ts';

/** The public list of active stations: where a consumer can bring a dispute (no sign-in, no contacts). */
export function PublicServiceStationsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi((signal) => listPublicStations({ q, page, pageSize: 20 }, signal), [q, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 880, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('serviceStations.publicTitle')}
        </Typography.Title>
        <LanguageSwitch />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('serviceStations.publicIntro')}
      </Typography.Paragraph>
      <Input.Search allowClear placeholder={t('serviceStations.search')} onSearch={(v) => (setQ(v.trim()), setPage(1))} />
      <Card size="small">
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('serviceStations.empty') }}
          pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, size: 'small', onChange: setPage } : false}
          renderItem={(s) => (
            <List.Item key={s.id} data-testid="public-station">
              <List.Item.Meta title={s.name} description={`${s.unitName} · ${s.address} · ${t('serviceStations.operator')}：${s.operatorName} · ${t('serviceStations.establishedOn')} ${s.establishedOn}`} />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
