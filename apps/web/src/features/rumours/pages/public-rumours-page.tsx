import { Card, Flex, Input, List, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { text } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { searchPublicRumours } from '../api/rumours-api.ts';
import { Highlighted } from '../components/highlighted.tsx';

/** Published rebuttals for anyone: type what you heard, read the facts. The query lives in the address, so results can be shared. */
export function PublicRumoursPage() {
  const { t } = useTranslation();
  const list = useList({ params: { q: text() } }, ({ filters: { q }, page, pageSize }, signal) => searchPublicRumours({ q: q ?? '', page, pageSize }, signal));
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('rumours.publicTitle')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card>
        <ListShell
          list={list}
          filters={
            <>
              <Typography.Paragraph type="secondary">{t('rumours.publicIntro')}</Typography.Paragraph>
              <Input.Search
                allowClear
                enterButton
                defaultValue={list.filters.q}
                placeholder={t('rumours.publicSearch')}
                onSearch={(v) => list.set({ q: v.trim() || undefined })}
                data-testid="rumour-search"
              />
              <div style={{ height: 12 }} />
            </>
          }
          emptyText={t('rumours.empty')}
          pagination={{ size: 'small' }}
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
