import { Alert, Button, Col, Divider, Form, Input, InputNumber, Row, Select, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPERATOR_CATEGORY_NAMES, OPERATOR_SCALE_NAMES, OPERATOR_STATUS_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import { useOrg } from '../../../api/use-org.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../lib/i18n.ts';
import { LicenceFields } from './licence-fields.tsx';
import { PersonnelFields } from './personnel-fields.tsx';
import type { TOperatorFormValues } from './operator-form-values.ts';

type TProps = {
  form: FormInstance<TOperatorFormValues>;
  mode: 'create' | 'edit';
  initialValues?: TOperatorFormValues;
  /** Offered when the organisation can't be loaded, so the current unit still shows by name. */
  currentUnit?: { code: string; name: string };
  personnelLocked?: boolean;
  /** Unit and status are shown but not editable (a business user's own operator). */
  jurisdictionLocked?: boolean;
  problems: string[];
  saving: boolean;
  onFinish: (values: TOperatorFormValues) => void;
  onCancel: () => void;
};

const HALF = { xs: 24, md: 12 };

export function OperatorForm(props: TProps) {
  const { form, mode, initialValues, currentUnit, personnelLocked, jurisdictionLocked, problems, saving, onFinish, onCancel } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const unitOptions = org ? org.units.map((u) => ({ value: u.code, label: u.name })) : currentUnit ? [{ value: currentUnit.code, label: currentUnit.name }] : [];

  return (
    <Form<TOperatorFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues ?? { categories: [], tags: [], licences: [], personnel: [] }}
      onFinish={onFinish}
      data-testid="operator-form"
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('operators.form.fixErrors')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col {...HALF}>
          <Form.Item name="name" label={t('operators.fields.name')} required>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="uscc" label={t('operators.fields.uscc')} required={mode === 'create'} extra={mode === 'edit' ? t('operators.form.usccFixed') : undefined}>
            <Input maxLength={18} disabled={mode === 'edit'} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="type" label={t('operators.fields.type')} required>
            <Select placeholder={t('common.selectPlaceholder')} options={dictionaryOptions(OPERATOR_TYPE_NAMES, lang)} />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="unitCode" label={t('operators.fields.unit')} required>
            <Select
              showSearch
              optionFilterProp="label"
              disabled={jurisdictionLocked}
              placeholder={t('common.selectPlaceholder')}
              loading={!org && !currentUnit}
              options={unitOptions}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label={t('operators.fields.address')} required>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="categories" label={t('operators.fields.categories')}>
            <Select mode="multiple" allowClear optionFilterProp="label" placeholder={t('common.selectPlaceholder')} options={dictionaryOptions(OPERATOR_CATEGORY_NAMES, lang)} />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="tags" label={t('operators.fields.tags')}>
            <Select mode="multiple" allowClear optionFilterProp="label" placeholder={t('common.selectPlaceholder')} options={dictionaryOptions(OPERATOR_TAG_NAMES, lang)} />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="scale" label={t('operators.fields.scale')} tooltip={t('operators.fields.scaleHint')}>
            <Select allowClear placeholder={t('common.selectPlaceholder')} options={dictionaryOptions(OPERATOR_SCALE_NAMES, lang)} data-testid="operator-scale" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="longitude" label={t('operators.fields.longitude')}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="latitude" label={t('operators.fields.latitude')}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {mode === 'edit' && (
          <Col {...HALF}>
            <Form.Item name="status" label={t('operators.fields.status')}>
              <Select disabled={jurisdictionLocked} options={dictionaryOptions(OPERATOR_STATUS_NAMES, lang)} />
            </Form.Item>
          </Col>
        )}
      </Row>

      <Divider orientation="left">{t('operators.detail.licences')}</Divider>
      <LicenceFields />

      <Divider orientation="left">{t('operators.detail.personnel')}</Divider>
      {personnelLocked && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('operators.form.personnelMasked')} />}
      <PersonnelFields disabled={personnelLocked} />

      <Divider />
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="operator-save">
          {t('common.save')}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
