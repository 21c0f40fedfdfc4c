import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { LICENCE_KIND_NAMES, nameOf } from '@shian/shared/dictionary';
import type { TLicence } from '@shian/shared/operator';
import { useLang } from '../../../lib/i18n.ts';
import { LicenceStateTag } from './licence-state-tag.tsx';

export function LicenceTable({ licences }: { licences: TLicence[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: TableColumnsType<TLicence> = [
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('operators.licence.kind'),
      render: (kind: TLicence['kind']) => nameOf(LICENCE_KIND_NAMES, kind, lang),
    },
    { key: 'number', dataIndex: 'number', title: t('operators.licence.number') },
    { key: 'scope', dataIndex: 'scope', title: t('operators.licence.scope') },
    { key: 'issuedOn', dataIndex: 'issuedOn', title: t('operators.licence.issuedOn') },
    { key: 'expiresOn', dataIndex: 'expiresOn', title: t('operators.licence.expiresOn') },
    {
      key: 'state',
      dataIndex: 'state',
      title: t('operators.licence.state'),
      render: (state: TLicence['state']) => <LicenceStateTag state={state} />,
    },
  ];
  return (
    <Table<TLicence>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={licences}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('operators.detail.noLicences') }}
      data-testid="licence-table"
    />
  );
}
