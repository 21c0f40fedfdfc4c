import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { MANUAL_LEAD_SOURCES, type TLeadCreate } from '@shian/shared/lead';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { useAction } from '../../../components/use-action.ts';
import { createLead, listLeads } from '../api/leads-api.ts';
import { LeadItem } from './lead-item.tsx';
import { OperatorSelect } from './operator-select.tsx';

const TABS = ['new', 'assessed', 'all'] as const;

/** Case leads with their source, clock, assessment and any broken must. */
export function LeadListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useList({ params: { tab: oneOf(TABS, 'new') } }, ({ filters: { tab }, page, pageSize }, signal) =>
    listLeads({ status: tab === 'all' ? undefined : tab, page, pageSize }, signal),
  );
  return (
    <ListShell
      list={list}
      title={t('leads.title')}
      extra={
        can('case.manage') && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="lead-create">
            {t('leads.create')}
          </Button>
        )
      }
      filters={<TabsFilter list={list} name="tab" options={TABS.map((value) => ({ value, label: t(`leads.statusTabs.${value}`) }))} style={{ marginBottom: 12 }} />}
      emptyText={t('leads.empty')}
      pagination={{ size: 'small' }}
      renderItem={(lead) => (
        <LeadItem
          key={lead.id}
          lead={lead}
          testId="lead-item"
          badge={<Tag color={lead.status === 'new' ? 'blue' : 'default'}>{lead.assessment ? t(`leads.assessments.${lead.assessment}`) : t(`leads.status.${lead.status}`)}</Tag>}
        />
      )}
    >
      <CreateLeadModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          navigate(`/leads/${id}`);
        }}
      />
    </ListShell>
  );
}

type TCreateForm = { source: TLeadCreate['source']; sourceRef?: string; operatorId?: string; leadSummary: string; discoveredOn: dayjs.Dayjs };

function CreateLeadModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TCreateForm>();
  const { busy, run } = useAction();

  async function submit(values: TCreateForm) {
    const created = await run(
      () =>
        createLead({
          source: values.source,
          sourceRef: values.sourceRef || undefined,
          operatorId: values.operatorId || undefined,
          leadSummary: values.leadSummary,
          discoveredOn: values.discoveredOn.format('YYYY-MM-DD'),
        }),
      t('leads.saved'),
    );
    if (created) {
      form.resetFields();
      onCreated(created.id);
    }
  }

  return (
    <Modal open={open} title={t('leads.createTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ source: 'inspection', discoveredOn: dayjs() }} onFinish={(v) => void submit(v)}>
        <Form.Item name="source" label={t('leads.source')}>
          <Select options={MANUAL_LEAD_SOURCES.map((s) => ({ value: s, label: t(`leads.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item name="sourceRef" label={t('leads.sourceRef')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="operatorId" label={t('leads.operatorId')}>
          <OperatorSelect />
        </Form.Item>
        <Form.Item name="leadSummary" label={t('leads.summary')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="discoveredOn" label={t('leads.discoveredOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
