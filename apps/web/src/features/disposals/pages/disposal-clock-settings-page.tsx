import { useEffect } from 'react';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZDisposalClockSettings, type TDisposalClocks, type TDisposalClockSettings } from '@shian/shared/disposal';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { formatDateTime } from '../../../components/date-text.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { getClockSettings, updateClockSettings } from '../api/disposals-api.ts';
import { FormProblems } from '../../../components/form-problems.tsx';

const FIELDS: (keyof TDisposalClocks)[] = ['deliverWorkingDays', 'objectionWorkingDays', 'completeDays'];

/** The bureau's disposal deadlines, with the national defaults beside each; changes apply to new disposals. */
export function DisposalClockSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TDisposalClocks>();
  const { data, error, reload, setData } = useApi((signal) => getClockSettings(signal), []);
  const { submit, problems, saving } = useSchemaSubmit(form);

  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  if (error) return <LoadError error={error} onRetry={reload} />;

  async function save(values: TDisposalClocks) {
    if (!data) return;
    const saved = await submit(ZDisposalClockSettings, { ...values, version: data.version }, updateClockSettings, (e) => {
      if (e.code !== 'VERSION_CONFLICT') return false;
      message.error(e.message);
      reload();
      return true;
    });
    if (saved) {
      setData(saved as TDisposalClockSettings);
      message.success(t('disposals.saved'));
    }
  }

  return (
    <Card title={t('disposals.clockSettings.title')} loading={!data} style={{ maxWidth: 640 }}>
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('disposals.clockSettings.intro')}</Typography.Paragraph>
        <Alert type="info" showIcon message={t('disposals.clockSettings.basis')} />
        {data && (
          <Typography.Text type="secondary" data-testid="clock-settings-state">
            {data.isDefault
              ? t('disposals.clockSettings.usingDefaults')
              : t('disposals.clockSettings.lastChanged', { name: data.updatedByName ?? '', at: formatDateTime(data.updatedAt) })}
          </Typography.Text>
        )}
        <FormProblems problems={problems} style={{}} />
        <Form<TDisposalClocks> form={form} layout="vertical" onFinish={(values) => void save(values)}>
          {FIELDS.map((field) => (
            <Form.Item
              key={field}
              name={field}
              label={t(`disposals.clockSettings.${field}`)}
              extra={data ? t('disposals.clockSettings.defaultValue', { value: data.defaults[field] }) : undefined}
              required
            >
              <InputNumber min={1} precision={0} style={{ width: 160 }} data-testid={`clock-${field}`} />
            </Form.Item>
          ))}
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="clock-settings-save">
              {t('disposals.clockSettings.save')}
            </Button>
            <Button onClick={() => data && form.setFieldsValue(data.defaults)}>{t('disposals.clockSettings.reset')}</Button>
          </Flex>
        </Form>
      </Flex>
    </Card>
  );
}
