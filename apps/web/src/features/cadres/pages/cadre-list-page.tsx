import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CADRE_LEVELS, ZCadreCreate, type TCadre } from '@shian/shared/cadre';
import { CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { matching, oneOf, text } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { FormProblems } from '../../../components/form-problems.tsx';
import { useAuth } from '../../../auth/auth-context.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { createCadre, listCadres } from '../api/cadres-api.ts';

/** The cadre registry (包保干部名录) in the user's scope: search, level and unit filters; register or import. */
export function CadreListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { can } = useAuth();
  const org = useOrg();
  const [creating, setCreating] = useState(false);
  const list = useList({ params: { q: text(), level: oneOf(CADRE_LEVELS), unitCode: matching(/^\d{12}$/) } }, ({ filters, page, pageSize }, signal) =>
    listCadres({ ...filters, page, pageSize }, signal),
  );
  const manage = can('cadre.manage');
  return (
    <ListShell
      list={list}
      title={t('cadres.title')}
      extra={
        manage && (
          <Space wrap>
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="cadre-create">
              {t('cadres.create')}
            </Button>
            <Button size="small" icon={<UploadOutlined />} onClick={() => navigate('/cadres/import')} data-testid="cadre-import">
              {t('cadres.import')}
            </Button>
          </Space>
        )
      }
      filters={
        <FilterBar>
          <SearchFilter list={list} name="q" placeholder={t('cadres.search')} style={{ maxWidth: 240 }} />
          <SelectFilter
            list={list}
            name="level"
            placeholder={t('cadres.allLevels')}
            options={CADRE_LEVELS.map((l) => ({ value: l, label: nameIn(CADRE_LEVEL_NAMES, l, lang) }))}
            style={{ minWidth: 130 }}
          />
          <SelectFilter
            list={list}
            name="unitCode"
            placeholder={t('cadres.allUnits')}
            options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
            style={{ minWidth: 130 }}
          />
        </FilterBar>
      }
      emptyText={t('cadres.empty')}
      table={{ size: 'small', rowKey: 'id', scroll: { x: 'max-content' } }}
      columns={[
        { title: t('cadres.name'), dataIndex: 'name', render: (v: string, c: TCadre) => <Link to={`/cadres/${c.id}`}>{v}</Link> },
        { title: t('cadres.level'), dataIndex: 'level', render: (v: string) => nameIn(CADRE_LEVEL_NAMES, v, lang) },
        { title: t('cadres.post'), dataIndex: 'post' },
        { title: t('cadres.workUnit'), dataIndex: 'workUnit' },
        { title: t('cadres.unit'), dataIndex: 'unitName' },
        { title: t('cadres.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
        { title: t('cadres.subjects'), dataIndex: 'subjects' },
        { title: t('cadres.status'), dataIndex: 'active', render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{t(v ? 'cadres.active' : 'cadres.inactive')}</Tag> },
      ]}
    >
      {creating && <CadreFormModal onClose={() => setCreating(false)} onSaved={(id) => navigate(`/cadres/${id}`)} />}
    </ListShell>
  );
}

type TValues = { name: string; level: string; post: string; workUnit: string; unitCode: string; phone?: string };

/** Registers a cadre; its unit is the township unit whose subjects it guarantees. */
export function CadreFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  async function save(v: TValues) {
    const saved = await submit(ZCadreCreate, { ...v, phone: v.phone || null }, createCadre);
    if (saved) onSaved(saved.id);
  }
  return (
    <Modal open title={t('cadres.create')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: saving }} destroyOnHidden>
      <FormProblems problems={problems} />
      <Form<TValues> form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ level: 'village' }}>
        <Form.Item name="name" label={t('cadres.name')} required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="level" label={t('cadres.level')} required>
          <Select options={CADRE_LEVELS.map((l) => ({ value: l, label: nameIn(CADRE_LEVEL_NAMES, l, lang) }))} />
        </Form.Item>
        <Form.Item name="post" label={t('cadres.post')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="workUnit" label={t('cadres.workUnit')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="unitCode" label={t('cadres.unit')} required>
          <Select showSearch optionFilterProp="label" options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('cadres.phone')}>
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
