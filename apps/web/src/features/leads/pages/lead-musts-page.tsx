import { Card, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { LEAD_MUSTS, type TLeadMust } from '@shian/shared/lead';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listMusts } from '../api/leads-api.ts';
import { DueTag, MustTags } from './due-tag.tsx';

/** Every lead in scope breaking one of the four musts, with the count of each. */
export function LeadMustsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const must = (params.get('must') ?? '') as TLeadMust | '';
  const page = Number(params.get('page') ?? 1);
  const { data, error, loading, reload } = useApi((signal) => listMusts({ must: must || undefined, page, pageSize: 50 }, signal), [must, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card title={t('leads.musts.title')}>
      <Typography.Paragraph type="secondary">{t('leads.musts.hint')}</Typography.Paragraph>
      <Segmented
        value={must}
        options={[
          { value: '', label: t('leads.musts.all') },
          ...LEAD_MUSTS.map((m) => ({ value: m, label: `${t(`leads.musts.kinds.${m}`)} ${data?.counts[m] ?? ''}` })),
        ]}
        onChange={(value) => setParams(value ? { must: String(value) } : {})}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        data-testid="musts-filter"
      />
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('leads.musts.none') }}
        pagination={data && data.total > 50 ? { current: page, pageSize: 50, total: data.total, size: 'small', onChange: (p) => setParams({ ...(must ? { must } : {}), page: String(p) }) } : false}
        renderItem={(lead) => (
          <List.Item key={lead.id} data-testid="must-item">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Link to={`/leads/${lead.id}`}>
                  <Typography.Text strong>{lead.operatorName ?? t('leads.noOperator')}</Typography.Text>
                </Link>
                <Tag>{t(`leads.sources.${lead.source}`)}</Tag>
                {lead.handlingUnitName && <Typography.Text type="secondary">{lead.handlingUnitName}</Typography.Text>}
              </Flex>
              <Typography.Text>{lead.summary}</Typography.Text>
              <Flex gap={4} wrap>
                <Typography.Text type="secondary">{`${t('leads.discoveredOn')} ${lead.discoveredOn}`}</Typography.Text>
                <DueTag lead={lead} />
                <MustTags musts={lead.musts} />
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
