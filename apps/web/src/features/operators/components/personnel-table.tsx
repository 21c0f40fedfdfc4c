import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PERSONNEL_ROLE_NAMES, nameOf } from '@shian/shared/dictionary';
import type { TPersonnel } from '@shian/shared/operator';
import { useLang } from '../../../lib/i18n.ts';

export function PersonnelTable({ personnel }: { personnel: TPersonnel[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: TableColumnsType<TPersonnel> = [
    {
      key: 'role',
      dataIndex: 'role',
      title: t('operators.personnel.role'),
      render: (role: TPersonnel['role']) => nameOf(PERSONNEL_ROLE_NAMES, role, lang),
    },
    { key: 'name', dataIndex: 'name', title: t('operators.personnel.name') },
    {
      key: 'phone',
      dataIndex: 'phone',
      title: t('operators.personnel.phone'),
      render: (phone: string, person) => (
        <>
          {phone}
          {person.phoneMasked && <Tag style={{ marginInlineStart: 8 }}>{t('operators.personnel.masked')}</Tag>}
        </>
      ),
    },
  ];
  return (
    <Table<TPersonnel>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={personnel}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('operators.detail.noPersonnel') }}
      data-testid="personnel-table"
    />
  );
}
