import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LICENCE_KIND_NAMES } from '@shian/shared/dictionary';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../lib/i18n.ts';
import { CardList } from './card-list.tsx';

const MAX_LICENCES = 10;

export function LicenceFields() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <CardList
      name="licences"
      testId="licence"
      max={MAX_LICENCES}
      title={(n) => t('operators.form.licenceN', { n })}
      addLabel={t('operators.form.addLicence')}
      initial={{ kind: 'trade' }}
    >
      {(field, index) => (
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
      )}
    </CardList>
  );
}
