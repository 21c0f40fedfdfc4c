import { Card, Flex, Input, List, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { searchPublicRumours } from '../api/rumours-api.ts';
import { Highlighted } from '../components/highlighted.tsx';

const PAGE_SIZE = 20;

/** Published rebuttals for anyone: type what you heard, read the facts. The query lives in the address, so results can be shared. */
export function PublicRumoursPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  const { data, error, loading, reload } = useApi((signal) => searchPublicRumours({ q, page, pageSize: PAGE_SIZE }, signal), [q, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('rumours.publicTitle')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card>
        <Typography.Paragraph type="secondary">{t('rumours.publicIntro')}</Typography.Paragraph>
        <Input.Search
          allowClear
          enterButton
          defaultValue={q}
          placeholder={t('rumours.publicSearch')}
          onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
          data-testid="rumour-search"
        />
        <List
          style={{ marginTop: 12 }}
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('rumours.empty') }}
          pagination={data && data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: data.total, size: 'small', onChange: (p) => setParams({ ...(q ? { q } : {}), page: String(p) }) } : false}
          renderItem={(hit) => (
            <List.Item key={hit.id} data-testid="rumour-hit">
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <Link to={`/p/rumours/${hit.id}`}>
                      <Highlighted text={hit.title} terms={hit.terms} />
                    </Link>
                    <Tag>{t(`rumours.topics.${hit.topic}`)}</Tag>
                  </Flex>
                }
                description={
                  <>
                    <Typography.Text type="danger">{t('rumours.rumourLabel')}：</Typography.Text>
                    <Highlighted text={hit.claim} terms={hit.terms} />
                    <br />
                    <Typography.Text type="success">{t('rumours.truthLabel')}：</Typography.Text>
                    <Highlighted text={hit.snippet} terms={hit.terms} />
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
