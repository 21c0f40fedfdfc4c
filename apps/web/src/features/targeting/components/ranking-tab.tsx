import { useState } from 'react';
import { Alert, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listScores } from '../api/targeting-api.ts';
import { percent, ReasonList } from './reason-list.tsx';

const PAGE_SIZE = 20;

export function RankingTab() {
  const { t } = useTranslation();
  const org = useOrg();
  const [q, setQ] = useState('');
  const [unitCode, setUnitCode] = useState<string>();
  const [page, setPage] = useState(1);
  const query = { q, unitCode, page, pageSize: PAGE_SIZE };
  const { data, error, loading, reload } = useApi((signal) => listScores(query, signal), [JSON.stringify(query)]);
  if (error) return <LoadError error={error} onRetry={reload} />;

  return (
    <Flex vertical gap={12}>
      {data && !data.model && <Alert type="info" showIcon message={t('targeting.noModel')} />}
      {data?.model && (
        <Typography.Text type="secondary" data-testid="targeting-model-line">
          {t('targeting.modelLine', { number: data.model.number, asOf: data.model.asOf.slice(0, 10), auc: data.model.evaluation.auc ?? '—' })}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        <Input.Search allowClear placeholder={t('targeting.search')} onSearch={(value) => (setQ(value), setPage(1))} style={{ maxWidth: 280 }} />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('targeting.unit')}
          value={unitCode}
          onChange={(value) => (setUnitCode(value), setPage(1))}
          options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
          style={{ width: 180 }}
        />
      </Flex>
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('targeting.empty') }}
        pagination={data && data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: data.total, size: 'small', onChange: setPage, showSizeChanger: false } : false}
        renderItem={(s) => (
          <List.Item key={s.operatorId} data-testid="targeting-score">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Tag color={s.rank <= 10 ? 'red' : 'default'}>{t('targeting.rank', { rank: s.rank })}</Tag>
                <Link to={`/operators/${s.operatorId}`}>
                  <Typography.Text strong>{s.operatorName}</Typography.Text>
                </Link>
                {s.riskGrade && <Tag>{t('targeting.grade', { grade: s.riskGrade })}</Tag>}
              </Flex>
              <Typography.Text type="secondary">{`${s.unitName} · ${t('targeting.probability', { p: percent(s.probability) })}`}</Typography.Text>
              <ReasonList reasons={s.reasons} />
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
