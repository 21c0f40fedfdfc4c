import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SERVICE_STATION_STATUSES, ZServiceStationCreate, ZServiceStationPatch, type TServiceStation, type TServiceStationStatus } from '@shian/shared/service-station';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useSchemaSubmit } from '../../operators/hooks/use-schema-submit.ts';
import { OperatorPicker } from '../../interviews/components/operator-picker.tsx';
import { createStation, listStations, updateStation } from '../api/service-stations-api.ts';

const STATUS_COLOURS: Record<TServiceStationStatus, string> = { active: 'green', suspended: 'orange', revoked: 'default' };

/** The registry of 12315 consumer service stations in the user's scope; create, edit, suspend or revoke. */
export function ServiceStationListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<TServiceStationStatus>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<TServiceStation | 'new'>();
  const { data, error, loading, reload } = useApi((signal) => listStations({ q, status, page, pageSize: 20 }, signal), [q, status, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  const manage = can('complaint.manage');

  return (
    <Card
      title={t('serviceStations.title')}
      extra={
        manage && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="station-create">
            {t('serviceStations.create')}
          </Button>
        )
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('serviceStations.search')} onSearch={(v) => (setQ(v.trim()), setPage(1))} style={{ maxWidth: 280 }} />
        <Select
          allowClear
          placeholder={t('serviceStations.allStatuses')}
          value={status}
          onChange={(v) => (setStatus(v), setPage(1))}
          options={SERVICE_STATION_STATUSES.map((s) => ({ value: s, label: t(`serviceStations.statuses.${s}`) }))}
          style={{ minWidth: 120 }}
        />
      </Flex>
      <Table<TServiceStation>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t('serviceStations.empty') }}
        pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, onChange: setPage } : false}
        columns={[
          { title: t('serviceStations.name'), dataIndex: 'name' },
          { title: t('serviceStations.operator'), dataIndex: 'operatorName' },
          { title: t('serviceStations.unit'), dataIndex: 'unitName' },
          { title: t('serviceStations.address'), dataIndex: 'address' },
          { title: t('serviceStations.contactName'), render: (_, s) => `${s.contactName} ${s.contactPhone}` },
          { title: t('serviceStations.establishedOn'), dataIndex: 'establishedOn' },
          { title: t('serviceStations.status'), dataIndex: 'status', render: (v: TServiceStationStatus) => <Tag color={STATUS_COLOURS[v]}>{t(`serviceStations.statuses.${v}`)}</Tag> },
          ...(manage ? [{ key: 'edit', render: (_: unknown, s: TServiceStation) => <Button size="small" onClick={() => setEditing(s)}>{t('serviceStations.edit')}</Button> }] : []),
        ]}
      />
      {editing && (
        <StationModal
          station={editing === 'new' ? null : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
    </Card>
  );
}

type TValues = { name: string; operatorId?: string; address: string; contactName: string; contactPhone: string; establishedOn?: Dayjs; status: TServiceStationStatus };

/** New: everything; edit: everything but the host. The phone is typed anew only to change it (it may be shown masked). */
function StationModal({ station, onClose, onSaved }: { station: TServiceStation | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);

  async function save(v: TValues) {
    const fields = { name: v.name, address: v.address, contactName: v.contactName, establishedOn: v.establishedOn?.format('YYYY-MM-DD'), status: v.status };
    const saved = station
      ? await submit(ZServiceStationPatch, { version: station.version, ...fields, contactPhone: v.contactPhone === station.contactPhone ? undefined : v.contactPhone }, (body) =>
          updateStation(station.id, body),
        )
      : await submit(ZServiceStationCreate, { ...fields, operatorId: v.operatorId, contactPhone: v.contactPhone }, createStation);
    if (saved) onSaved();
  }

  return (
    <Modal open title={station ? station.name : t('serviceStations.create')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: saving }} destroyOnHidden>
      {problems.length > 0 && <Alert type="error" showIcon message={problems.join('；')} style={{ marginBottom: 12 }} />}
      <Form<TValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={
          station
            ? { ...station, establishedOn: dayjs(station.establishedOn) }
            : { status: 'active', establishedOn: dayjs() }
        }
      >
        {!station && (
          <Form.Item name="operatorId" label={t('serviceStations.operator')} required>
            <OperatorPicker placeholder={t('serviceStations.pickOperator')} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('serviceStations.name')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('serviceStations.address')} required>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="contactName" label={t('serviceStations.contactName')} required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('serviceStations.contactPhone')} required>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="establishedOn" label={t('serviceStations.establishedOn')} required>
          <DatePicker />
        </Form.Item>
        <Form.Item name="status" label={t('serviceStations.status')}>
          <Select options={SERVICE_STATION_STATUSES.map((s) => ({ value: s, label: t(`serviceStations.statuses.${s}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
