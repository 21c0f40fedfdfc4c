import { Descriptions, Space, Tag, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPERATOR_CATEGORY_NAMES, OPERATOR_SCALE_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES, nameOf } from '@shian/shared/dictionary';
import type { TOperator } from '@shian/shared/operator';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../lib/i18n.ts';
import { OperatorStatusTag } from './operator-status-tag.tsx';

export function OperatorProfile({ operator }: { operator: TOperator }) {
  const { t } = useTranslation();
  const lang = useLang();
  const empty = t('common.empty');
  const coordinates = operator.longitude !== null && operator.latitude !== null ? `${operator.longitude}, ${operator.latitude}` : empty;

  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('operators.fields.name'), children: operator.name },
    { key: 'uscc', label: t('operators.fields.uscc'), children: operator.uscc },
    { key: 'type', label: t('operators.fields.type'), children: nameOf(OPERATOR_TYPE_NAMES, operator.type, lang) },
    { key: 'status', label: t('operators.fields.status'), children: <OperatorStatusTag status={operator.status} /> },
    { key: 'scale', label: t('operators.fields.scale'), children: operator.scale ? nameOf(OPERATOR_SCALE_NAMES, operator.scale, lang) : empty },
    { key: 'unit', label: t('operators.fields.unit'), children: operator.unitName },
    { key: 'station', label: t('operators.fields.station'), children: operator.stationName ?? empty },
    { key: 'address', label: t('operators.fields.address'), children: operator.address, span: 'filled' },
    {
      key: 'categories',
      label: t('operators.fields.categories'),
      span: 'filled',
      children: operator.categories.length ? (
        <Space size={[0, 4]} wrap>
          {operator.categories.map((c) => (
            <Tag key={c}>{nameOf(OPERATOR_CATEGORY_NAMES, c, lang)}</Tag>
          ))}
        </Space>
      ) : (
        empty
      ),
    },
    {
      key: 'tags',
      label: t('operators.fields.tags'),
      span: 'filled',
      children: operator.tags.length ? (
        <Space size={[0, 4]} wrap>
          {operator.tags.map((tag) => (
            <Tag key={tag} color="blue">
              {nameOf(OPERATOR_TAG_NAMES, tag, lang)}
            </Tag>
          ))}
        </Space>
      ) : (
        empty
      ),
    },
    { key: 'coordinates', label: `${t('operators.fields.longitude')}, ${t('operators.fields.latitude')}`, children: coordinates },
    { key: 'createdAt', label: t('operators.fields.createdAt'), children: formatDateTime(operator.createdAt) },
    { key: 'updatedAt', label: t('operators.fields.updatedAt'), children: formatDateTime(operator.updatedAt) },
  ];

  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, xl: 3 }} items={items} />;
}
