import { useState } from 'react';
import { Card, Flex, Progress, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { CADRE_LEVELS, type TCadreLevel } from '@shian/shared/cadre';
import type { TCoverage, TCoverageCadreRow } from '@shian/shared/cadre-coverage';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getCoverageByCadre } from '../api/cadre-visits-api.ts';

type TProps = { year: number; quarter: number; units: TCoverage['byUnit'] };

/** Coverage of each cadre's subjects, the laggards first, paged on the server; filters by unit and level. */
export function CoverageByCadre({ year, quarter, units }: TProps) {
  const { t } = useTranslation();
  const [unitCode, setUnitCode] = useState<string>();
  const [level, setLevel] = useState<TCadreLevel>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, reload, loading } = useApi((signal) => getCoverageByCadre({ year, quarter, unitCode, level, ...paging }, signal), [year, quarter, unitCode, level, paging]);
  const filter =
    <T,>(set: (v: T | undefined) => void) =>
    (v: T | undefined) => {
      set(v);
      setPaging((p) => ({ ...p, page: 1 }));
    };
  const columns = [
    { title: t('cadreVisits.cadre'), dataIndex: 'cadreName', width: 88, fixed: 'left' as const },
    { title: t('cadreVisits.level'), dataIndex: 'level', width: 104, render: (l: TCadreLevel) => t(`cadreVisits.levels.${l}`) },
    { title: t('cadreVisits.unit'), dataIndex: 'unitName' },
    { title: t('cadreVisits.rate'), dataIndex: 'rate', width: 150, render: (r: number) => <Progress percent={r} size="small" status={r >= 100 ? 'success' : 'normal'} /> },
    { title: `${t('cadreVisits.visited')} / ${t('cadreVisits.subjects')}`, key: 'visited', render: (_: unknown, r: TCoverageCadreRow) => `${r.visited} / ${r.subjects}` },
    { title: t('cadreVisits.problemsFound'), dataIndex: 'problemsFound' },
    { title: t('cadreVisits.problemsOverdue'), dataIndex: 'problemsOverdue', render: (n: number) => (n ? <span style={{ color: '#cf1322' }}>{n}</span> : n) },
  ];
  return (
    <Card size="small" title={t('cadreVisits.byCadre')} data-testid="coverage-by-cadre">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('cadreVisits.unit')}
          placeholder={t('cadreVisits.allUnits')}
          style={{ minWidth: 160 }}
          value={unitCode}
          onChange={filter(setUnitCode)}
          options={units.map((u) => ({ value: u.unitCode, label: u.unitName }))}
        />
        <Select
          allowClear
          aria-label={t('cadreVisits.level')}
          placeholder={t('cadreVisits.allLevels')}
          style={{ minWidth: 120 }}
          value={level}
          onChange={filter(setLevel)}
          options={CADRE_LEVELS.map((l) => ({ value: l, label: t(`cadreVisits.levels.${l}`) }))}
        />
      </Flex>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<TCoverageCadreRow>
          size="small"
          rowKey={(r) => `${r.cadreId}:${r.unitCode}`}
          columns={columns}
          dataSource={data?.items}
          loading={loading}
          locale={{ emptyText: t('cadreVisits.byCadreEmpty') }}
          scroll={{ x: 720 }}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: data?.total ?? 0, size: 'small', showSizeChanger: true }}
          onChange={(p) => setPaging({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        />
      )}
    </Card>
  );
}
