import { Button, Col, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPERATOR_STATUS_NAMES, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import { useOrg } from '../../../api/use-org.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../locales/i18n.ts';
import type { TListParams } from '../hooks/use-list-params.ts';

type TProps = { params: TListParams; onChange: (patch: Partial<TListParams>) => void };

const COL = { xs: 12, md: 8, xl: 4 };

export function OperatorFilters({ params, onChange }: TProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const units = (org?.units ?? []).filter((u) => !params.stationId || u.stationId === params.stationId);
  const hasFilters = Boolean(
    params.type || params.unitCode || params.stationId || params.status || params.licence || params.q,
  );

  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col {...COL}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('operators.filters.type')}
          aria-label={t('operators.filters.type')}
          value={params.type}
          options={dictionaryOptions(OPERATOR_TYPE_NAMES, lang)}
          onChange={(type) => onChange({ type })}
          data-testid="filter-type"
        />
      </Col>
      <Col {...COL}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder={t('operators.filters.station')}
          aria-label={t('operators.filters.station')}
          loading={!org}
          value={params.stationId}
          options={(org?.stations ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(stationId) => onChange({ stationId, unitCode: undefined })}
          data-testid="filter-station"
        />
      </Col>
      <Col {...COL}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder={t('operators.filters.unit')}
          aria-label={t('operators.filters.unit')}
          loading={!org}
          value={params.unitCode}
          options={units.map((u) => ({ value: u.code, label: u.name }))}
          onChange={(unitCode) => onChange({ unitCode })}
          data-testid="filter-unit"
        />
      </Col>
      <Col {...COL}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('operators.filters.status')}
          aria-label={t('operators.filters.status')}
          value={params.status}
          options={dictionaryOptions(OPERATOR_STATUS_NAMES, lang)}
          onChange={(status) => onChange({ status })}
          data-testid="filter-status"
        />
      </Col>
      <Col {...COL}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('operators.filters.licence')}
          aria-label={t('operators.filters.licence')}
          value={params.licence}
          options={[
            { value: 'expiring', label: t('operators.filters.licenceExpiring') },
            { value: 'expired', label: t('operators.filters.licenceExpired') },
          ]}
          onChange={(licence) => onChange({ licence })}
          data-testid="filter-licence"
        />
      </Col>
      <Col {...COL}>
        <Button
          block
          disabled={!hasFilters}
          onClick={() =>
            onChange({
              q: undefined,
              type: undefined,
              unitCode: undefined,
              stationId: undefined,
              status: undefined,
              licence: undefined,
            })
          }
        >
          {t('operators.filters.reset')}
        </Button>
      </Col>
    </Row>
  );
}
