import { useEffect, useState } from 'react';
import { Button, Collapse, Flex, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCadreVisitThresholds } from '@shian/shared/cadre-visit';
import { useApi } from '../../../api/use-api.ts';
import { useAction } from '../../../components/use-action.ts';
import { getVisitSettings, updateVisitSettings } from '../api/cadre-visits-api.ts';

const FIELDS = ['minMinutesOnSite', 'maxDistanceMeters', 'maxVisitsPerHour'] as const;

/** The bureau's thresholds of the flags (the food-safety office sets them; stored visits keep their flags). */
export function ThresholdSettings() {
  const { t } = useTranslation();
  const { data, setData } = useApi((signal) => getVisitSettings(signal), []);
  const [values, setValues] = useState<TCadreVisitThresholds | null>(null);
  const { busy, run } = useAction();
  useEffect(() => {
    if (data) setValues({ minMinutesOnSite: data.minMinutesOnSite, maxDistanceMeters: data.maxDistanceMeters, maxVisitsPerHour: data.maxVisitsPerHour });
  }, [data]);
  if (!data || !values) return null;
  const save = async () => {
    const next = await run(() => updateVisitSettings({ version: data.version, ...values }), t('cadreVisits.thresholdsSaved'));
    if (next) setData(next);
  };
  const form = (
    <Flex vertical gap={8}>
      {data.isDefault && <Typography.Text type="secondary">{t('cadreVisits.defaultsApply')}</Typography.Text>}
      {FIELDS.map((field) => (
        <Flex key={field} gap={8} align="center" justify="space-between" style={{ maxWidth: 360 }}>
          <span>{t(`cadreVisits.${field}`)}</span>
          <InputNumber min={1} value={values[field]} onChange={(n) => n !== null && setValues({ ...values, [field]: n })} aria-label={t(`cadreVisits.${field}`)} />
        </Flex>
      ))}
      <Button type="primary" loading={busy} onClick={() => void save()} style={{ alignSelf: 'flex-start' }}>
        {t('cadreVisits.saveThresholds')}
      </Button>
    </Flex>
  );
  return <Collapse size="small" style={{ marginBottom: 12 }} items={[{ key: 'thresholds', label: t('cadreVisits.thresholds'), children: form }]} />;
}
