import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LICENCE_KIND_NAMES } from '@shian/shared/dictionary';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../lib/i18n.ts';

const MAX_LICENCES = 10;

export function LicenceFields() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Form.List name="licences">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card
              size="small"
              key={field.key}
              title={t('operators.form.licenceN', { n: index + 1 })}
              extra={
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(field.name)} data-testid={`licence-${index}-remove`} />
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'kind']} label={t('operators.licence.kind')} required>
                    <Select options={dictionaryOptions(LICENCE_KIND_NAMES, lang)} data-testid={`licence-${index}-kind`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'number']} label={t('operators.licence.number')} required>
                    <Input maxLength={16} data-testid={`licence-${index}-number`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'scope']} label={t('operators.licence.scope')} required>
                    <Input maxLength={500} data-testid={`licence-${index}-scope`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'issuedOn']} label={t('operators.licence.issuedOn')} required>
                    <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" data-testid={`licence-${index}-issued-on`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'expiresOn']} label={t('operators.licence.expiresOn')} required>
                    <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" data-testid={`licence-${index}-expires-on`} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= MAX_LICENCES} onClick={() => add({ kind: 'trade' })} data-testid="licence-add">
            {t('operators.form.addLicence')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
