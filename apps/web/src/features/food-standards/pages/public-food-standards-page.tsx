import { useState } from 'react';
import { Card, Flex, Input, List, Select, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { STANDARD_STATUSES, type TStandardStatus } from '@shian/shared/food-standard';
import { useApi } from '../../../api/use-api.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { listStandards } from '../api/food-standards-api.ts';
import { StandardStatusTag } from '../components/standard-status-tag.tsx';

const PAGE_SIZE = 20;

/** Food safety standards for anyone: search by number or title, see whether a standard is in force. */
export function PublicFoodStandardsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<TStandardStatus>();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi((signal) => listStandards({ q, status, page, pageSize: PAGE_SIZE }, signal), [q, status, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('foodStandards.publicTitle')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card>
        <Typography.Paragraph type="secondary">{t('foodStandards.intro')}</Typography.Paragraph>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear enterButton placeholder={t('foodStandards.search')} onSearch={(v) => (setQ(v.trim()), setPage(1))} style={{ flex: 1, minWidth: 220 }} />
          <Select
            allowClear
            placeholder={t('foodStandards.allStatuses')}
            value={status}
            onChange={(v) => (setStatus(v), setPage(1))}
            options={STANDARD_STATUSES.map((s) => ({ value: s, label: t(`foodStandards.statuses.${s}`) }))}
            style={{ minWidth: 120 }}
          />
        </Flex>
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('foodStandards.empty') }}
          pagination={data && data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage, size: 'small' } : false}
          renderItem={(s) => (
            <List.Item key={s.id}>
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{s.number}</Typography.Text>
                    <StandardStatusTag status={s.status} />
                  </Flex>
                }
                description={
                  <>
                    <Typography.Text>{s.title}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {[
                        s.issuedOn && `${t('foodStandards.issuedOn')} ${s.issuedOn}`,
                        s.implementedOn && `${t('foodStandards.implementedOn')} ${s.implementedOn}`,
                        s.supersededBy && t('foodStandards.replacedBy', { number: s.supersededBy }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                    {s.summary && <Typography.Paragraph style={{ marginTop: 4, marginBottom: 0 }}>{s.summary}</Typography.Paragraph>}
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
