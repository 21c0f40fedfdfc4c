import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useLang } from '../../../lib/i18n.ts';
import { CardList } from './card-list.tsx';

const MAX_PERSONNEL = 10;

export function PersonnelFields({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <CardList
      name="personnel"
      testId="personnel"
      max={MAX_PERSONNEL}
      title={(n) => t('operators.form.personnelN', { n })}
      addLabel={t('operators.form.addPersonnel')}
      initial={{}}
      disabled={disabled}
    >
      {(field, index) => (
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
      )}
    </CardList>
  );
}
