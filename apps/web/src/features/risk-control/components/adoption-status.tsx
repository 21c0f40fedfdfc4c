import { Button, Flex, Progress, Tag, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RISK_CONTROL_KINDS, type TRiskControlStatus } from '@shian/shared/risk-control';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { matching, oneOf, text } from '../../../components/list-shell/list-params.ts';
import { useList } from '../../../components/list-shell/use-list.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { downloadList, listAdoption } from '../api/risk-control-api.ts';

/** Whether each business in the reader's scope has adopted its list: the rate for the filters, then the businesses. */
export function AdoptionStatus() {
  const { t } = useTranslation();
  const org = useOrg();
  const download = useAction();
  const list = useList(
    { params: { unitCode: matching(/^\d{12}$/), kind: oneOf(RISK_CONTROL_KINDS), adopted: oneOf(['true', 'false'] as const), q: text() } },
    ({ filters, page, pageSize }, signal) => listAdoption({ ...filters, page, pageSize }, signal),
  );
  const { adopted: _adopted, ...rest } = list.filters;
  // The rate counts every business the other filters select: how many of them adopted.
  const all = useApi((signal) => listAdoption({ ...rest, page: 1, pageSize: 1 }, signal), [JSON.stringify(rest)]);
  const done = useApi((signal) => listAdoption({ ...rest, adopted: 'true', page: 1, pageSize: 1 }, signal), [JSON.stringify(rest)]);
  const total = all.data?.total ?? 0;
  const adopted = done.data?.total ?? 0;
  const rate = total === 0 ? 0 : Math.round((adopted / total) * 100);
  return (
    <ListShell
      list={list}
      title={t('riskControl.menu')}
      filters={
        <Flex vertical gap={8}>
          <FilterBar>
            <SearchFilter list={list} name="q" placeholder={t('riskControl.search')} style={{ maxWidth: 220 }} />
            <SelectFilter
              list={list}
              name="unitCode"
              placeholder={t('riskControl.allUnits')}
              options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
              style={{ minWidth: 130 }}
            />
            <SelectFilter
              list={list}
              name="kind"
              placeholder={t('riskControl.allKinds')}
              options={RISK_CONTROL_KINDS.map((k) => ({ value: k, label: t(`riskControl.kind.${k}`) }))}
              style={{ minWidth: 120 }}
            />
            <SelectFilter
              list={list}
              name="adopted"
              placeholder={t('riskControl.allStatuses')}
              options={[
                { value: 'true', label: t('riskControl.statusAdopted') },
                { value: 'false', label: t('riskControl.statusNotAdopted') },
              ]}
              style={{ minWidth: 110 }}
            />
          </FilterBar>
          <div data-testid="risk-control-rate" style={{ maxWidth: 480 }}>
            <Typography.Text type="secondary">{t('riskControl.rate', { adopted, total, rate })}</Typography.Text>
            <Progress percent={rate} size="small" />
          </div>
        </Flex>
      }
      table={{ size: 'small', rowKey: 'operatorId', scroll: { x: 'max-content' } }}
      columns={[
        { title: t('riskControl.operator'), dataIndex: 'operatorName', render: (v: string, r: TRiskControlStatus) => <Link to={`/risk-control/lists/${r.operatorId}`}>{v}</Link> },
        { title: t('riskControl.unit'), dataIndex: 'unitName' },
        { title: t('riskControl.kindTitle'), dataIndex: 'kind', render: (k: TRiskControlStatus['kind']) => t(`riskControl.kind.${k}`) },
        {
          title: t('riskControl.status'),
          dataIndex: 'adopted',
          render: (v: boolean, r: TRiskControlStatus) =>
            v ? (
              <Flex gap={4} wrap>
                <Tag color="green">{t('riskControl.statusAdopted')}</Tag>
                {r.templateUpdated && <Tag color="orange">{t('riskControl.outdated')}</Tag>}
              </Flex>
            ) : (
              <Tag color="red">{t('riskControl.statusNotAdopted')}</Tag>
            ),
        },
        { title: t('riskControl.applicable'), dataIndex: 'applicablePoints', render: (v: number | null) => v ?? '—' },
        { title: t('riskControl.officer'), dataIndex: 'officerName', render: (v: string | null) => v ?? '—' },
        { title: t('riskControl.director'), dataIndex: 'directorName', render: (v: string | null) => v ?? '—' },
        { title: t('riskControl.adoptedAt'), dataIndex: 'adoptedAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
        {
          title: '',
          key: 'docx',
          render: (_: unknown, r: TRiskControlStatus) =>
            r.adopted && (
              <Button
                size="small"
                type="link"
                icon={<FileWordOutlined />}
                aria-label={t('riskControl.download')}
                onClick={() => void download.run(() => downloadList(r.operatorId))}
              />
            ),
        },
      ]}
    />
  );
}
