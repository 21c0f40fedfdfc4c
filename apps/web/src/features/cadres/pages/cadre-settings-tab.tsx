import { useEffect } from 'react';
import { App, Button, Card, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSIGNED_LEVELS, DEFAULT_CADRE_RULE, ZCadreSettings, type TCadreRule } from '@shian/shared/cadre';
import { CADRE_LEVEL_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import { RISK_GRADES } from '@shian/shared/risk';
import { useApi } from '../../../api/use-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { FormProblems } from '../../../components/form-problems.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { getCadreSettings, updateCadreSettings } from '../api/cadres-api.ts';

/** The levels with a rule of their own; village cadres take every subject neither rule matches. */
const RULED = ASSIGNED_LEVELS.filter((l) => l !== 'village');

/** The bureau's mapping rule (which level guarantees which subjects), the load limit and the adjustment clock. */
export function CadreSettingsTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<TCadreRule>();
  const { data, error, reload, setData } = useApi((signal) => getCadreSettings(signal), []);
  const { submit, problems, saving } = useSchemaSubmit(form);

  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  if (error) return <LoadError error={error} onRetry={reload} />;

  async function save(values: TCadreRule) {
    if (!data) return;
    const saved = await submit(ZCadreSettings, { ...values, version: data.version }, updateCadreSettings, (e) => {
      // Someone saved first: show their settings, the user applies the change again.
      if (e.code !== 'VERSION_CONFLICT') return false;
      message.error(e.message);
      reload();
      return true;
    });
    if (saved) {
      setData(saved);
      message.success(t('cadres.settings.saved'));
    }
  }

  const grades = RISK_GRADES.map((g) => ({ value: g, label: g }));
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('cadres.settings.intro')}</Typography.Paragraph>
      {data && (
        <Typography.Text type="secondary" data-testid="cadre-settings-state">
          {data.isDefault ? t('cadres.settings.usingDefaults') : t('cadres.settings.lastChanged', { at: formatDateTime(data.updatedAt) })}
        </Typography.Text>
      )}
      <FormProblems problems={problems} />
      <Form<TCadreRule> form={form} layout="vertical" onFinish={(values) => void save(values)} disabled={!data}>
        {RULED.map((level) => (
          <Card key={level} size="small" title={t(`cadres.settings.${level}`)} style={{ marginBottom: 12 }}>
            <Form.Item name={[level, 'grades']} label={t('cadres.settings.grades')}>
              <Select mode="multiple" options={grades} data-testid={`cadre-settings-${level}-grades`} />
            </Form.Item>
            <Form.Item name={[level, 'types']} label={t('cadres.settings.types')}>
              <Select mode="multiple" optionFilterProp="label" options={dictionaryOptions(OPERATOR_TYPE_NAMES, lang)} />
            </Form.Item>
            <Form.Item name={[level, 'tags']} label={t('cadres.settings.tags')} style={{ marginBottom: 0 }}>
              <Select mode="multiple" optionFilterProp="label" options={dictionaryOptions(OPERATOR_TAG_NAMES, lang)} />
            </Form.Item>
          </Card>
        ))}
        <Typography.Paragraph type="secondary">{t('cadres.settings.rest', { level: nameIn(CADRE_LEVEL_NAMES, 'village', lang) })}</Typography.Paragraph>
        <Form.Item name="loadLimit" label={t('cadres.settings.loadLimit')} required>
          <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} data-testid="cadre-settings-load-limit" />
        </Form.Item>
        <Form.Item name="adjustWorkingDays" label={t('cadres.settings.adjustWorkingDays')} required>
          <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="cadre-settings-save">
            {t('cadres.settings.save')}
          </Button>
          <Button onClick={() => form.setFieldsValue(DEFAULT_CADRE_RULE)}>{t('cadres.settings.reset')}</Button>
        </Flex>
      </Form>
    </Flex>
  );
}
