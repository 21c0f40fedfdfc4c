import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { OPERATOR_TYPE_NAMES, nameOf } from '@shian/shared/dictionary';
import type { TOperatorSummary } from '@shian/shared/operator';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../lib/i18n.ts';
import { OperatorStatusTag } from './operator-status-tag.tsx';

/** The operator list's columns; `sorter: true` columns sort through the list shell (?sort=name / -updatedAt). */
export function useOperatorColumns(): TableColumnsType<TOperatorSummary> {
  const { t } = useTranslation();
  const lang = useLang();
  return [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('operators.fields.name'),
      sorter: true,
      render: (name: string, record) => <Link to={`/operators/${record.id}`}>{name}</Link>,
    },
    { key: 'uscc', dataIndex: 'uscc', title: t('operators.fields.uscc') },
    {
      key: 'type',
      dataIndex: 'type',
      title: t('operators.fields.type'),
      render: (type: TOperatorSummary['type']) => nameOf(OPERATOR_TYPE_NAMES, type, lang),
    },
    { key: 'unitName', dataIndex: 'unitName', title: t('operators.fields.unit') },
    {
      key: 'stationName',
      dataIndex: 'stationName',
      title: t('operators.fields.station'),
      render: (name: string | null) => name ?? t('common.empty'),
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('operators.fields.status'),
      render: (status: TOperatorSummary['status']) => <OperatorStatusTag status={status} />,
    },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('operators.fields.updatedAt'),
      sorter: true,
      render: (value: string) => formatDateTime(value),
    },
  ];
}
