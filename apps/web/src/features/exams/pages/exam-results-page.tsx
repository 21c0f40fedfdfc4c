import { useCallback, useMemo, useState } from 'react';
import { Card, Flex, Segmented, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EXAM_GROUP_BYS, EXAM_KINDS, type TExamGroupBy, type TExamPassRate, type TExamSummary } from '@shian/shared/exam';
import { EXAM_AUDIENCES } from '@shian/shared/exam-question';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { EChart, type TEChartOption } from '../../../components/echart.tsx';
import { FilterBar, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { matching, oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listResults, passRates } from '../api/exams-api.ts';
import { ResultTag } from '../components/result-tag.tsx';

/** Pass rates as horizontal bars (they read on a phone), the label of each group on the axis. */
function ratesOption(rows: TExamPassRate[], label: (r: TExamPassRate) => string, name: string): TEChartOption {
  const data = [...rows].reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: data.map(label) },
    series: [{ type: 'bar', name, data: data.map((r) => r.rate), label: { show: true, position: 'right', formatter: '{c}%' }, itemStyle: { color: '#1677ff' } }],
  };
}

function PassRates() {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<TExamGroupBy>('audience');
  const { data } = useApi((signal) => passRates(groupBy, signal), [groupBy]);
  const label = useCallback(
    (r: TExamPassRate) => (groupBy === 'audience' ? t(`exams.audiences.${r.key as 'officer'}`) : groupBy === 'type' ? t(`exams.kinds.${r.key as 'spot'}`) : r.label),
    [groupBy, t],
  );
  const option = useMemo(() => data && ratesOption(data, label, t('exams.rate')), [data, label, t]);
  return (
    <Card
      size="small"
      title={t('exams.passRates')}
      extra={<Segmented<TExamGroupBy> size="small" value={groupBy} onChange={setGroupBy} options={EXAM_GROUP_BYS.map((g) => ({ value: g, label: t(`exams.groupBy.${g}`) }))} />}
    >
      {option && data && (
        <Flex vertical gap={8}>
          <EChart option={option} height={Math.max(160, data.length * 30)} testId="exam-pass-rates" />
          <Table<TExamPassRate>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={data}
            columns={[
              { title: t(`exams.groupBy.${groupBy}`), key: 'label', render: (_: unknown, r) => label(r) },
              { title: t('exams.attempts'), dataIndex: 'attempts' },
              { title: t('exams.passedCount'), dataIndex: 'passed' },
              { title: t('exams.rate'), dataIndex: 'rate', render: (v: number) => `${v}%` },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}

/** 考试结果: the pass-rate chart and the submitted exams in scope, by audience, township, kind and result. */
export function ExamResultsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const list = useList(
    { params: { audience: oneOf(EXAM_AUDIENCES), unitCode: matching(/^\d{12}$/), type: oneOf(EXAM_KINDS), passed: oneOf(['true', 'false'] as const) } },
    ({ filters, page, pageSize }, signal) => listResults({ ...filters, page, pageSize }, signal),
  );
  return (
    <Flex vertical gap={12}>
      <PassRates />
      <ListShell<TExamSummary>
        list={list}
        title={t('exams.resultsTitle')}
        emptyText={t('exams.resultsEmpty')}
        testId="exam-results"
        filters={
          <FilterBar>
            <SelectFilter
              list={list}
              name="audience"
              all={t('exams.allAudiences')}
              options={EXAM_AUDIENCES.map((a) => ({ value: a, label: t(`exams.audiences.${a}`) }))}
              style={{ minWidth: 120 }}
            />
            <SelectFilter
              list={list}
              name="unitCode"
              all={t('exams.allUnits')}
              options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
              style={{ minWidth: 140 }}
            />
            <SelectFilter
              list={list}
              name="type"
              all={t('exams.allKinds')}
              options={EXAM_KINDS.map((k) => ({ value: k, label: t(`exams.kinds.${k}`) }))}
              style={{ minWidth: 120 }}
            />
            <SelectFilter
              list={list}
              name="passed"
              all={t('exams.allResults')}
              options={[
                { value: 'true', label: t('exams.passed') },
                { value: 'false', label: t('exams.failed') },
              ]}
              style={{ minWidth: 100 }}
            />
          </FilterBar>
        }
        table={{ rowKey: 'id', scroll: { x: 900 }, size: 'small' }}
        columns={[
          { title: t('exams.cols.candidate'), key: 'candidate', render: (_: unknown, e) => <Link to={`/exams/${e.id}`}>{e.candidateName}</Link> },
          { title: t('exams.cols.audience'), key: 'audience', render: (_: unknown, e) => t(`exams.audiences.${e.audience}`) },
          { title: t('exams.cols.operator'), key: 'operator', render: (_: unknown, e) => (e.operatorId ? <Link to={`/operators/${e.operatorId}`}>{e.operatorName}</Link> : '—') },
          { title: t('exams.cols.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
          { title: t('exams.cols.kind'), key: 'kind', render: (_: unknown, e) => <Tag>{t(`exams.kinds.${e.kind}`)}</Tag> },
          { title: t('exams.cols.result'), key: 'result', render: (_: unknown, e) => <ResultTag exam={e} /> },
          { title: t('exams.cols.retakeBy'), dataIndex: 'retakeBy', render: (v: string | null) => v ?? '' },
          { title: t('exams.cols.submittedAt'), dataIndex: 'submittedAt', render: (v: string | null) => formatDateTime(v) },
        ]}
      />
    </Flex>
  );
}
