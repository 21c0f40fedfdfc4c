import type { ReactNode } from 'react';
import { Button, Card, Flex, Form, type FormListFieldData } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

type TProps = {
  /** The Form.List's field. */
  name: string;
  /** The test ids' prefix: `licence` → `licence-0-remove`, `licence-add`. */
  testId: string;
  max: number;
  title: (n: number) => ReactNode;
  addLabel: ReactNode;
  /** The values of a new entry. */
  initial: object;
  disabled?: boolean;
  /** An entry's fields. */
  children: (field: FormListFieldData, index: number) => ReactNode;
};

/** A Form.List shown as a card an entry, each with its remove button, and a dashed add button up to `max` entries. */
export function CardList({ name, testId, max, title, addLabel, initial, disabled, children }: TProps) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card
              size="small"
              key={field.key}
              title={title(index + 1)}
              extra={
                <Button
                  type="text"
                  danger
                  disabled={disabled}
                  icon={<DeleteOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                  data-testid={`${testId}-${index}-remove`}
                />
              }
            >
              {children(field, index)}
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} disabled={disabled || fields.length >= max} onClick={() => add(initial)} data-testid={`${testId}-add`}>
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
