import { useEffect } from 'react';
import { App, Button, Card, Checkbox, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OPERATOR_CATEGORY_NAMES, OPERATOR_SCALE_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES, PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import type { TStaffingRule, TStaffingRuleInput } from '@shian/shared/staffing';
import { ENTITY_KINDS, type TEntityKind } from '@shian/shared/uscc';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { getRules, updateRules } from '../api/staffing-api.ts';

type TForm = { rules: TStaffingRuleInput[] };
const anyValue = <T,>(v: T | null | undefined): T | null => v ?? null;

/** The bureau's staffing rules: read by every reader, replaced whole by the department (409 when someone saved first). */
export function RuleEditor({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<TForm>();
  const { data, error, reload, setData } = useApi((signal) => getRules(signal), []);
  useEffect(() => {
    if (data) form.setFieldsValue({ rules: data.rules.map(({ id: _, ...r }) => r) });
  }, [data, form]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  const kindName = (k: TEntityKind) => t(`staffing.entityKinds.${k}`);
  const any = t('staffing.any');
  const options = <K extends string>(names: Record<K, { zh: string; en: string }>) => dictionaryOptions(names, lang);

  async function save(values: TForm) {
    if (!data) return;
    const rules = values.rules.map((r) => ({ ...r, operatorType: anyValue(r.operatorType), minScale: anyValue(r.minScale), tag: anyValue(r.tag), category: anyValue(r.category) }));
    try {
      setData(await updateRules({ version: data.version, rules }));
      message.success(t('staffing.rulesSaved'));
    } catch (e) {
      const err = asApiError(e);
      message.error(err.fields[0]?.message ?? err.message);
      if (err.code === 'VERSION_CONFLICT') reload();
    }
  }

  const meta = data && (
    <Typography.Text type="secondary">
      {data.updatedByName ? t('staffing.rulesUpdated', { at: formatDateTime(data.updatedAt), by: data.updatedByName }) : t('staffing.rulesDefault')}
    </Typography.Text>
  );

  if (!manage) {
    return (
      <Card title={t('staffing.rulesTitle')} extra={meta} loading={!data}>
        <Table<TStaffingRule>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data?.rules ?? []}
          columns={[
            { title: t('staffing.operatorType'), dataIndex: 'operatorType', render: (v) => (v ? nameIn(OPERATOR_TYPE_NAMES, v, lang) : any) },
            { title: t('staffing.entityKind'), dataIndex: 'entityKinds', render: (v: TEntityKind[]) => v.map(kindName).join('、') },
            { title: t('staffing.condition'), key: 'condition', render: (_, r) => condition(r) },
            { title: t('staffing.requires'), key: 'requires', render: (_, r) => requires(r) },
            { title: t('staffing.basis'), dataIndex: 'basis' },
          ]}
        />
      </Card>
    );
  }

  function condition(r: TStaffingRuleInput) {
    const parts = [
      r.minScale && t('staffing.minScaleText', { scale: nameIn(OPERATOR_SCALE_NAMES, r.minScale, lang) }),
      r.tag && nameIn(OPERATOR_TAG_NAMES, r.tag, lang),
      r.category && nameIn(OPERATOR_CATEGORY_NAMES, r.category, lang),
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : any;
  }
  function requires(r: TStaffingRuleInput) {
    return (
      <>
        {r.requiresDirector && <Tag color="blue">{nameIn(PERSONNEL_ROLE_NAMES, 'director', lang)}</Tag>}
        {r.requiresOfficer && <Tag color="cyan">{nameIn(PERSONNEL_ROLE_NAMES, 'officer', lang)}</Tag>}
      </>
    );
  }

  return (
    <Card title={t('staffing.rulesTitle')} extra={meta} loading={!data} data-testid="staffing-rules">
      <Form form={form} onFinish={(v) => void save(v)} layout="vertical">
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Card size="small" key={field.key}>
                  <Flex wrap gap={8} align="end">
                    <Form.Item name={[field.name, 'operatorType']} label={t('staffing.operatorType')} style={{ minWidth: 140, marginBottom: 0 }}>
                      <Select allowClear placeholder={any} options={options(OPERATOR_TYPE_NAMES)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'entityKinds']} label={t('staffing.entityKind')} rules={[{ required: true }]} style={{ minWidth: 200, marginBottom: 0 }}>
                      <Select mode="multiple" options={ENTITY_KINDS.map((k) => ({ value: k, label: kindName(k) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'minScale']} label={t('staffing.minScale')} style={{ minWidth: 110, marginBottom: 0 }}>
                      <Select allowClear placeholder={any} options={options(OPERATOR_SCALE_NAMES)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'tag']} label={t('staffing.tag')} style={{ minWidth: 140, marginBottom: 0 }}>
                      <Select allowClear placeholder={any} options={options(OPERATOR_TAG_NAMES)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'category']} label={t('staffing.category')} style={{ minWidth: 140, marginBottom: 0 }}>
                      <Select allowClear placeholder={any} options={options(OPERATOR_CATEGORY_NAMES)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'requiresDirector']} valuePropName="checked" style={{ marginBottom: 0 }}>
                      <Checkbox>{nameIn(PERSONNEL_ROLE_NAMES, 'director', lang)}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[field.name, 'requiresOfficer']} valuePropName="checked" style={{ marginBottom: 0 }}>
                      <Checkbox>{nameIn(PERSONNEL_ROLE_NAMES, 'officer', lang)}</Checkbox>
                    </Form.Item>
                    <Button danger type="text" icon={<DeleteOutlined />} aria-label={t('staffing.removeRule')} onClick={() => remove(field.name)} />
                  </Flex>
                  <Form.Item name={[field.name, 'basis']} label={t('staffing.basis')} rules={[{ required: true }]} style={{ marginTop: 8, marginBottom: 0 }}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Card>
              ))}
              <Flex gap={8}>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      operatorType: null,
                      entityKinds: ['enterprise', 'institution'],
                      minScale: null,
                      tag: null,
                      category: null,
                      requiresDirector: true,
                      requiresOfficer: true,
                      basis: '',
                    })
                  }
                >
                  {t('staffing.addRule')}
                </Button>
                <Button type="primary" htmlType="submit" icon={<SaveOutlined />} data-testid="staffing-rules-save">
                  {t('staffing.saveRules')}
                </Button>
              </Flex>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
