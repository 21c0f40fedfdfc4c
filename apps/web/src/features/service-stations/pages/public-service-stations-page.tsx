import { Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { listPublicStations } from '../api/service-stations-api.ts';

/** The public list of active stations: where a consumer can bring a dispute (no sign-in, no contacts). */
export function PublicServiceStationsPage() {
  const { t } = useTranslation();
  const list = useList({ params: { q: text() } }, ({ filters, page, pageSize }, signal) => listPublicStations({ ...filters, page, pageSize }, signal));
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
      <SearchFilter list={list} name="q" placeholder={t('serviceStations.search')} />
      <Card size="small">
        <ListShell
          list={list}
          emptyText={t('serviceStations.empty')}
          pagination={{ size: 'small' }}
          renderItem={(s) => (
            <List.Item key={s.id} data-testid="public-station">
              <List.Item.Meta
                title={s.name}
                description={`${s.unitName} · ${s.address} · ${t('serviceStations.operator')}：${s.operatorName} · ${t('serviceStations.establishedOn')} ${s.establishedOn}`}
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
