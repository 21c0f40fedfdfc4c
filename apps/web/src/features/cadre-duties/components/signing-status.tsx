import { App, Button, Card, Col, Flex, Progress, Row, Select, Tag, Typography } from 'antd';
import { FileWordOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TDutySummary } from '@shian/shared/cadre-duty';
import { CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { chinaToday } from '@shian/shared/working-days';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { matching, oneOf, text } from '../../../components/list-shell/list-params.ts';
import { useList } from '../../../components/list-shell/use-list.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { downloadPledge, dutyUnits, generateDuties, listDuties } from '../api/cadre-duties-api.ts';

/** Signing status of a year: per township unit as progress bars, then per cadre (filter by unit, signed), the office generates the lists. */
export function SigningStatus() {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const { can } = useAuth();
  const thisYear = Number(chinaToday().slice(0, 4));
  const list = useList(
    { params: { year: matching(/^\d{4}$/), unitCode: matching(/^\d{12}$/), signed: oneOf(['true', 'false'] as const), q: text() } },
    ({ filters, page, pageSize }, signal) => listDuties({ ...filters, year: filters.year ?? thisYear, page, pageSize }, signal),
  );
  const year = Number(list.filters.year ?? thisYear);
  const units = useApi((signal) => dutyUnits(year, signal), [year, list.data]);
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const download = useAction();
  async function generate() {
    const made = await run(() => generateDuties(year));
    if (!made) return;
    message.success(t('cadreDuties.generated', { created: made.created, existing: made.existing }));
    list.reload();
  }
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('cadreDuties.byUnit')} data-testid="duty-units">
        <Row gutter={[16, 4]}>
          {(units.data ?? []).map((u) => (
            <Col xs={24} md={12} key={u.unitCode} data-testid={`duty-unit-${u.unitCode}`}>
              <Flex justify="space-between">
                <Typography.Text>{u.unitName}</Typography.Text>
                <Typography.Text type="secondary">{t('cadreDuties.signedOf', { signed: u.signed, cadres: u.cadres })}</Typography.Text>
              </Flex>
              <Progress percent={u.rate} size="small" status={u.signed === u.cadres ? 'success' : 'active'} format={(p) => `${p}%`} />
            </Col>
          ))}
        </Row>
        {units.data?.length === 0 && <Typography.Text type="secondary">{t('cadreDuties.notGenerated', { year })}</Typography.Text>}
      </Card>
      <ListShell
        list={list}
        title={t('cadreDuties.byCadre')}
        extra={
          can('cadre.manage') && (
            <Button size="small" type="primary" icon={<ThunderboltOutlined />} loading={busy} onClick={() => void generate()} data-testid="duty-generate">
              {t('cadreDuties.generate', { year })}
            </Button>
          )
        }
        filters={
          <FilterBar>
            <Select
              aria-label={t('cadreDuties.year')}
              value={year}
              onChange={(y) => list.set({ year: String(y) })}
              options={[thisYear + 1, thisYear, thisYear - 1].map((y) => ({ value: y, label: String(y) }))}
            />
            <SearchFilter list={list} name="q" placeholder={t('cadreDuties.search')} style={{ maxWidth: 200 }} />
            <SelectFilter
              list={list}
              name="unitCode"
              placeholder={t('cadreDuties.allUnits')}
              options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
              style={{ minWidth: 130 }}
            />
            <SelectFilter
              list={list}
              name="signed"
              placeholder={t('cadreDuties.allStatuses')}
              options={[
                { value: 'true', label: t('cadreDuties.signed') },
                { value: 'false', label: t('cadreDuties.unsigned') },
              ]}
              style={{ minWidth: 110 }}
            />
          </FilterBar>
        }
        table={{ size: 'small', rowKey: 'id', scroll: { x: 'max-content' } }}
        columns={[
          { title: t('cadreDuties.cadre'), dataIndex: 'cadreName' },
          { title: t('cadreDuties.level'), dataIndex: 'level', render: (v: string) => nameIn(CADRE_LEVEL_NAMES, v, lang) },
          { title: t('cadreDuties.unit'), dataIndex: 'unitName' },
          { title: t('cadreDuties.subjectCount'), dataIndex: 'subjects' },
          {
            title: t('cadreDuties.pledge'),
            dataIndex: 'signedAt',
            render: (v: string | null, d: TDutySummary) =>
              v ? <Tag color="green">{t('cadreDuties.signedOn', { at: formatDateTime(v) })}</Tag> : <Tag color="orange">{t('cadreDuties.dueOn', { due: d.pledgeDueOn })}</Tag>,
          },
          {
            title: '',
            key: 'docx',
            render: (_: unknown, d: TDutySummary) => (
              <Button
                size="small"
                type="link"
                icon={<FileWordOutlined />}
                onClick={() => void download.run(() => downloadPledge(d.id))}
                aria-label={t('cadreDuties.downloadPledge')}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
