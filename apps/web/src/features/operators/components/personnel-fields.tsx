import { Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../lib/i18n.ts';

const MAX_PERSONNEL = 10;

export function PersonnelFields({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Form.List name="personnel">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card
              size="small"
              key={field.key}
              title={t('operators.form.personnelN', { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  disabled={disabled}
                  icon={<DeleteOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                  data-testid={`personnel-${index}-remove`}
                />
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'role']} label={t('operators.personnel.role')} required>
                    <Select
                      disabled={disabled}
                      placeholder={t('common.selectPlaceholder')}
                      options={dictionaryOptions(PERSONNEL_ROLE_NAMES, lang)}
                      data-testid={`personnel-${index}-role`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'name']} label={t('operators.personnel.name')} required>
                    <Input disabled={disabled} maxLength={50} data-testid={`personnel-${index}-name`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'phone']} label={t('operators.personnel.phone')} required>
                    <Input disabled={disabled} maxLength={20} inputMode="tel" data-testid={`personnel-${index}-phone`} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} disabled={disabled || fields.length >= MAX_PERSONNEL} onClick={() => add({})} data-testid="personnel-add">
            {t('operators.form.addPersonnel')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
