import { Button, Col, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPERATOR_STATUS_NAMES, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import { useOrg } from '../../../api/use-org.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../lib/i18n.ts';
import type { TListParams } from './operator-list-filters.ts';

type TProps = { params: TListParams; onChange: (patch: Partial<TListParams>) => void };
type TFilterKey = 'type' | 'stationId' | 'unitCode' | 'status' | 'licence';

const COL = { xs: 12, md: 8, xl: 4 };

export function OperatorFilters({ params, onChange }: TProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const units = (org?.units ?? []).filter((u) => !params.stationId || u.stationId === params.stationId);
  const hasFilters = Boolean(params.type || params.unitCode || params.stationId || params.status || params.licence || params.q);

  const filter = (key: TFilterKey, label: string, testId: string, options: { value: string; label: string }[], searchable = false) => (
    <Col {...COL}>
      <Select
        allowClear
        showSearch={searchable}
        optionFilterProp="label"
        style={{ width: '100%' }}
        placeholder={label}
        aria-label={label}
        loading={searchable && !org}
        value={params[key]}
        options={options}
        // Choosing another station clears a unit that may not belong to it.
        onChange={(value: string | undefined) => onChange(key === 'stationId' ? { stationId: value, unitCode: undefined } : { [key]: value })}
        data-testid={testId}
      />
    </Col>
  );

  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      {filter('type', t('operators.filters.type'), 'filter-type', dictionaryOptions(OPERATOR_TYPE_NAMES, lang))}
      {filter(
        'stationId',
        t('operators.filters.station'),
        'filter-station',
        (org?.stations ?? []).map((s) => ({ value: s.id, label: s.name })),
        true,
      )}
      {filter(
        'unitCode',
        t('operators.filters.unit'),
        'filter-unit',
        units.map((u) => ({ value: u.code, label: u.name })),
        true,
      )}
      {filter('status', t('operators.filters.status'), 'filter-status', dictionaryOptions(OPERATOR_STATUS_NAMES, lang))}
      {filter('licence', t('operators.filters.licence'), 'filter-licence', [
        { value: 'expiring', label: t('operators.filters.licenceExpiring') },
        { value: 'expired', label: t('operators.filters.licenceExpired') },
      ])}
      <Col {...COL}>
        <Button
          block
          disabled={!hasFilters}
          onClick={() => onChange({ q: undefined, type: undefined, unitCode: undefined, stationId: undefined, status: undefined, licence: undefined })}
        >
          {t('operators.filters.reset')}
        </Button>
      </Col>
    </Row>
  );
}
