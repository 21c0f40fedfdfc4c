import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { CADRE_LEVELS } from '@shian/shared/cadre';
import { ZCampaignCreate, type TCampaign } from '@shian/shared/cadre-duty';
import { CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { FormProblems } from '../../../components/form-problems.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { createCampaign, listCampaigns } from '../api/cadre-duties-api.ts';

type TValues = { title: string; window: [Dayjs, Dayjs]; levels: string[] };

function CampaignModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  async function save(v: TValues) {
    const body = { title: v.title, from: v.window?.[0]?.format('YYYY-MM-DD'), to: v.window?.[1]?.format('YYYY-MM-DD'), levels: v.levels ?? [] };
    if (await submit(ZCampaignCreate, body, createCampaign)) onSaved();
  }
  return (
    <Modal open title={t('cadreDuties.newCampaign')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: saving }} destroyOnHidden>
      <FormProblems problems={problems} />
      <Form<TValues> form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ levels: [...CADRE_LEVELS] }}>
        <Form.Item name="title" label={t('cadreDuties.campaignTitle')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="window" label={t('cadreDuties.campaignWindow')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="levels" label={t('cadreDuties.campaignLevels')} required>
          <Select mode="multiple" options={CADRE_LEVELS.map((l) => ({ value: l, label: nameIn(CADRE_LEVEL_NAMES, l, lang) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Campaigns (专项督导) the office adds for holidays and key periods: each becomes a task of the cadres of its levels. */
export function CampaignList({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [creating, setCreating] = useState(false);
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listCampaigns({ page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      title={t('cadreDuties.campaigns')}
      extra={
        manage && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="campaign-create">
            {t('cadreDuties.newCampaign')}
          </Button>
        )
      }
      table={{ size: 'small', rowKey: 'id', scroll: { x: 'max-content' } }}
      columns={[
        { title: t('cadreDuties.campaignTitle'), dataIndex: 'title' },
        { title: t('cadreDuties.campaignWindow'), key: 'window', render: (_: unknown, c: TCampaign) => `${c.from} ~ ${c.to}` },
        { title: t('cadreDuties.campaignLevels'), dataIndex: 'levels', render: (levels: string[]) => levels.map((l) => <Tag key={l}>{nameIn(CADRE_LEVEL_NAMES, l, lang)}</Tag>) },
      ]}
    >
      {creating && (
        <CampaignModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            list.reload();
          }}
        />
      )}
    </ListShell>
  );
}
