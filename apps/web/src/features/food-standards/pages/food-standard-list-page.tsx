import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  STANDARD_CATEGORIES,
  STANDARD_STATUSES,
  ZFoodStandardInput,
  ZFoodStandardPut,
  type TFoodStandard,
  type TStandardCategory,
  type TStandardStatus,
} from '@shian/shared/food-standard';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { useStandardOptions } from '../hooks/use-standard-options.ts';
import { createStandard, listStandards, updateStandard } from '../api/food-standards-api.ts';
import { StandardStatusTag } from '../../../components/standard-status-tag.tsx';
import { FormProblems } from '../../../components/form-problems.tsx';

/** The standards registry for staff: search, filter, and (knowledge.manage) register or edit. */
export function FoodStandardListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const options = useStandardOptions();
  const [editing, setEditing] = useState<TFoodStandard | 'new'>();
  const list = useList({ params: { q: text(), status: oneOf(STANDARD_STATUSES), category: oneOf(STANDARD_CATEGORIES) } }, ({ filters, page, pageSize }, signal) =>
    listStandards({ ...filters, page, pageSize }, signal),
  );
  const manage = can('knowledge.manage');

  return (
    <ListShell
      list={list}
      title={t('foodStandards.title')}
      extra={
        manage && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="standard-create">
            {t('foodStandards.create')}
          </Button>
        )
      }
      filters={
        <>
          <Typography.Paragraph type="secondary">{t('foodStandards.intro')}</Typography.Paragraph>
          <FilterBar>
            <SearchFilter list={list} name="q" placeholder={t('foodStandards.search')} style={{ maxWidth: 320 }} />
            <SelectFilter list={list} name="status" placeholder={t('foodStandards.allStatuses')} options={options.statuses} style={{ minWidth: 120 }} />
            <SelectFilter list={list} name="category" placeholder={t('foodStandards.allCategories')} options={options.categories} style={{ minWidth: 140 }} />
          </FilterBar>
        </>
      }
      emptyText={t('foodStandards.empty')}
      table={{ size: 'small', rowKey: 'id', scroll: { x: true } }}
      columns={[
        {
          title: t('foodStandards.number'),
          dataIndex: 'number',
          render: (v: string) => (
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {v}
            </Typography.Text>
          ),
        },
        { title: t('foodStandards.titleField'), dataIndex: 'title' },
        { title: t('foodStandards.category'), dataIndex: 'category', render: (v: TStandardCategory) => t(`foodStandards.categories.${v}`) },
        {
          title: t('foodStandards.status'),
          render: (_, s) => (
            <Flex vertical gap={2}>
              <StandardStatusTag status={s.status} />
              {s.supersededBy && <Typography.Text type="secondary">{t('foodStandards.replacedBy', { number: s.supersededBy })}</Typography.Text>}
            </Flex>
          ),
        },
        { title: t('foodStandards.issuedOn'), dataIndex: 'issuedOn', render: (v: string | null) => v ?? '—' },
        { title: t('foodStandards.implementedOn'), dataIndex: 'implementedOn', render: (v: string | null) => v ?? '—' },
        ...(manage
          ? [
              {
                key: 'edit',
                render: (_: unknown, s: TFoodStandard) => (
                  <Button size="small" onClick={() => setEditing(s)}>
                    {t('foodStandards.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    >
      {editing && (
        <StandardModal
          standard={editing === 'new' ? null : editing}
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

type TValues = {
  number: string;
  title: string;
  category: TStandardCategory;
  status: TStandardStatus;
  issuedOn?: Dayjs | null;
  implementedOn?: Dayjs | null;
  supersededBy?: string;
  summary?: string;
};

function StandardModal({ standard, onClose, onSaved }: { standard: TFoodStandard | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const options = useStandardOptions();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);

  async function save(v: TValues) {
    const fields = {
      number: v.number ?? '',
      title: v.title ?? '',
      category: v.category,
      status: v.status,
      issuedOn: v.issuedOn?.format('YYYY-MM-DD') ?? null,
      implementedOn: v.implementedOn?.format('YYYY-MM-DD') ?? null,
      supersededBy: v.supersededBy?.trim() || null,
      summary: v.summary ?? '',
    };
    const saved = standard
      ? await submit(ZFoodStandardPut, { ...fields, version: standard.version }, (body) => updateStandard(standard.id, body))
      : await submit(ZFoodStandardInput, fields, createStandard);
    if (saved) {
      message.success(t('foodStandards.saved'));
      onSaved();
    }
  }

  const date = (value: string | null) => (value ? dayjs(value) : null);
  const initialValues: Partial<TValues> = standard
    ? { ...standard, issuedOn: date(standard.issuedOn), implementedOn: date(standard.implementedOn), supersededBy: standard.supersededBy ?? '' }
    : { category: 'general', status: 'in_force' };
  return (
    <Modal open title={standard ? standard.number : t('foodStandards.create')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: saving }} destroyOnHidden>
      <FormProblems problems={problems} />
      <Form<TValues> form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={initialValues}>
        <Form.Item name="number" label={t('foodStandards.number')} required>
          <Input maxLength={40} placeholder="GB 2760-2024" />
        </Form.Item>
        <Form.Item name="title" label={t('foodStandards.titleField')} required>
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="category" label={t('foodStandards.category')}>
            <Select style={{ minWidth: 160 }} options={options.categories} />
          </Form.Item>
          <Form.Item name="status" label={t('foodStandards.status')}>
            <Select style={{ minWidth: 140 }} options={options.statuses} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="issuedOn" label={t('foodStandards.issuedOn')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="implementedOn" label={t('foodStandards.implementedOn')}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item name="supersededBy" label={t('foodStandards.supersededBy')}>
          <Input maxLength={40} placeholder="GB 2760-2024" />
        </Form.Item>
        <Form.Item name="summary" label={t('foodStandards.summary')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
