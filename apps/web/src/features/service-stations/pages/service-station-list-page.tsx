import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SERVICE_STATION_STATUSES, ZServiceStationCreate, ZServiceStationPatch, type TServiceStation, type TServiceStationStatus } from '@shian/shared/service-station';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { OperatorPicker } from '../../../components/operator-picker.tsx';
import { createStation, listStations, updateStation } from '../api/service-stations-api.ts';
import { FormProblems } from '../../../components/form-problems.tsx';

const STATUS_COLOURS: Record<TServiceStationStatus, string> = { active: 'green', suspended: 'orange', revoked: 'default' };

/** The registry of 12315 consumer service stations in the user's scope; create, edit, suspend or revoke. */
export function ServiceStationListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [editing, setEditing] = useState<TServiceStation | 'new'>();
  const list = useList({ params: { q: text(), status: oneOf(SERVICE_STATION_STATUSES) } }, ({ filters, page, pageSize }, signal) =>
    listStations({ ...filters, page, pageSize }, signal),
  );
  const manage = can('complaint.manage');

  return (
    <ListShell
      list={list}
      title={t('serviceStations.title')}
      extra={
        manage && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="station-create">
            {t('serviceStations.create')}
          </Button>
        )
      }
      filters={
        <FilterBar>
          <SearchFilter list={list} name="q" placeholder={t('serviceStations.search')} style={{ maxWidth: 280 }} />
          <SelectFilter
            list={list}
            name="status"
            placeholder={t('serviceStations.allStatuses')}
            options={SERVICE_STATION_STATUSES.map((s) => ({ value: s, label: t(`serviceStations.statuses.${s}`) }))}
            style={{ minWidth: 120 }}
          />
        </FilterBar>
      }
      emptyText={t('serviceStations.empty')}
      table={{ size: 'small', rowKey: 'id', scroll: { x: true } }}
      columns={[
        { title: t('serviceStations.name'), dataIndex: 'name' },
        { title: t('serviceStations.operator'), dataIndex: 'operatorName' },
        { title: t('serviceStations.unit'), dataIndex: 'unitName' },
        { title: t('serviceStations.address'), dataIndex: 'address' },
        { title: t('serviceStations.contactName'), render: (_, s) => `${s.contactName} ${s.contactPhone}` },
        { title: t('serviceStations.establishedOn'), dataIndex: 'establishedOn' },
        {
          title: t('serviceStations.status'),
          dataIndex: 'status',
          render: (v: TServiceStationStatus) => <Tag color={STATUS_COLOURS[v]}>{t(`serviceStations.statuses.${v}`)}</Tag>,
        },
        ...(manage
          ? [
              {
                key: 'edit',
                render: (_: unknown, s: TServiceStation) => (
                  <Button size="small" onClick={() => setEditing(s)}>
                    {t('serviceStations.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    >
      {editing && (
        <StationModal
          station={editing === 'new' ? null : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            list.reload();
          }}
        />
      )}
    </ListShell>
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
      <FormProblems problems={problems} />
      <Form<TValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={station ? { ...station, establishedOn: dayjs(station.establishedOn) } : { status: 'active', establishedOn: dayjs() }}
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
