import { Alert, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { matching, text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useOrg } from '../../../api/use-org.ts';
import { listScores } from '../api/targeting-api.ts';
import { percent, ReasonList } from './reason-list.tsx';

export function RankingTab() {
  const { t } = useTranslation();
  const org = useOrg();
  const list = useList({ params: { q: text(), unitCode: matching(/^\d{12}$/) } }, ({ filters, page, pageSize }, signal) =>
    listScores({ ...filters, q: filters.q ?? '', page, pageSize }, signal),
  );
  const { data } = list;

  return (
    <Flex vertical gap={12}>
      <ListShell
        list={list}
        filters={
          <>
            {data && !data.model && <Alert type="info" showIcon message={t('targeting.noModel')} />}
            {data?.model && (
              <Typography.Text type="secondary" data-testid="targeting-model-line">
                {t('targeting.modelLine', { number: data.model.number, asOf: data.model.asOf.slice(0, 10), auc: data.model.evaluation.auc ?? '—' })}
              </Typography.Text>
            )}
            <Flex gap={8} wrap>
              <SearchFilter list={list} name="q" placeholder={t('targeting.search')} style={{ maxWidth: 280 }} />
              <SelectFilter
                list={list}
                name="unitCode"
                showSearch
                optionFilterProp="label"
                placeholder={t('targeting.unit')}
                options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
                style={{ width: 180 }}
              />
            </Flex>
          </>
        }
        emptyText={t('targeting.empty')}
        pagination={{ size: 'small', showSizeChanger: false }}
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
