import { useState } from 'react';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Select, Switch, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  GUIDANCE_AUDIENCES,
  GUIDANCE_KINDS,
  GUIDANCE_TOPICS,
  ZGuidanceInput,
  ZGuidancePut,
  type TGuidanceAudience,
  type TGuidanceDocument,
  type TGuidanceKind,
  type TGuidanceTopic,
} from '@shian/shared/guidance';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { createGuidance, downloadAttachment, listGuidance, removeAttachment, updateGuidance, uploadAttachment } from '../api/guidance-api.ts';
import { FormProblems } from '../../../components/form-problems.tsx';

/** knowledge.manage: write guidance documents and toolbox items, attach files, publish them. */
export function GuidanceAdminPage() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<TGuidanceDocument | 'new'>();
  const list = useList({ params: { q: text(), kind: oneOf(GUIDANCE_KINDS) } }, ({ filters, page, pageSize }, signal) => listGuidance({ ...filters, page, pageSize }, signal));

  return (
    <ListShell
      list={list}
      title={t('guidance.title')}
      extra={
        <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="guidance-create">
          {t('guidance.create')}
        </Button>
      }
      filters={
        <FilterBar>
          <SearchFilter list={list} name="q" placeholder={t('guidance.search')} style={{ maxWidth: 280 }} />
          <SelectFilter
            list={list}
            name="kind"
            placeholder={t('guidance.kind')}
            options={GUIDANCE_KINDS.map((k) => ({ value: k, label: t(`guidance.kinds.${k}`) }))}
            style={{ minWidth: 120 }}
          />
        </FilterBar>
      }
      emptyText={t('guidance.empty')}
      table={{ size: 'small', rowKey: 'id', scroll: { x: true } }}
      columns={[
        { title: t('guidance.titleField'), dataIndex: 'title' },
        { title: t('guidance.kind'), dataIndex: 'kind', render: (v: TGuidanceKind) => t(`guidance.kinds.${v}`) },
        { title: t('guidance.topic'), dataIndex: 'topic', render: (v: TGuidanceTopic) => t(`guidance.topics.${v}`) },
        { title: t('guidance.audiences'), dataIndex: 'audiences', render: (v: TGuidanceAudience[]) => v.map((a) => t(`guidance.audience.${a}`)).join('、') },
        { title: t('guidance.attachments'), render: (_, d) => d.attachments.length },
        {
          title: t('guidance.published'),
          dataIndex: 'published',
          render: (v: boolean) => (v ? <Tag color="green">{t('guidance.publishedTag')}</Tag> : <Tag>{t('guidance.draft')}</Tag>),
        },
        {
          key: 'edit',
          render: (_, d) => (
            <Button size="small" onClick={() => setEditing(d)}>
              {t('guidance.edit')}
            </Button>
          ),
        },
      ]}
    >
      {editing && (
        <GuidanceModal
          document={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(undefined);
            list.reload();
          }}
        />
      )}
    </ListShell>
  );
}

type TValues = { kind: TGuidanceKind; topic: TGuidanceTopic; title: string; summary?: string; body?: string; audiences: TGuidanceAudience[]; published: boolean };

/** The document's fields; once saved, its attachments (each upload or removal moves the version on). */
function GuidanceModal({ document: initial, onClose }: { document: TGuidanceDocument | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [document, setDocument] = useState(initial);
  const { submit, problems, saving } = useSchemaSubmit(form);
  const { busy, run } = useAction();

  async function save(v: TValues) {
    const fields = { ...v, summary: v.summary ?? '', body: v.body ?? '' };
    const saved = document
      ? await submit(ZGuidancePut, { ...fields, version: document.version }, (body) => updateGuidance(document.id, body))
      : await submit(ZGuidanceInput, fields, createGuidance);
    if (saved) {
      setDocument(saved);
      message.success(t('guidance.saved'));
    }
  }

  return (
    <Modal
      open
      title={document ? document.title : t('guidance.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
      width={720}
    >
      <FormProblems problems={problems} />
      <Form<TValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={document ?? { kind: 'template', topic: 'other', audiences: ['business', 'public'], published: false }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="kind" label={t('guidance.kind')}>
            <Select style={{ minWidth: 120 }} options={GUIDANCE_KINDS.map((k) => ({ value: k, label: t(`guidance.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="topic" label={t('guidance.topic')}>
            <Select style={{ minWidth: 150 }} options={GUIDANCE_TOPICS.map((k) => ({ value: k, label: t(`guidance.topics.${k}`) }))} />
          </Form.Item>
          <Form.Item name="published" label={t('guidance.published')} valuePropName="checked">
            <Switch data-testid="guidance-published" />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('guidance.titleField')} required>
          <Input maxLength={200} data-testid="guidance-title" />
        </Form.Item>
        <Form.Item name="audiences" label={t('guidance.audiences')} required>
          <Checkbox.Group options={GUIDANCE_AUDIENCES.map((a) => ({ value: a, label: t(`guidance.audience.${a}`) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('guidance.summary')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="body" label={t('guidance.body')}>
          <Input.TextArea rows={6} maxLength={20000} />
        </Form.Item>
      </Form>
      <Typography.Title level={5}>{t('guidance.attachments')}</Typography.Title>
      {document ? (
        <Flex vertical gap={8}>
          {document.attachments.map((file) => (
            <Flex key={file.fileId} gap={8} align="center" wrap>
              <Button type="link" onClick={() => void run(() => downloadAttachment(document.id, file))}>
                {file.name}
              </Button>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                disabled={busy}
                onClick={() => void run(async () => setDocument(await removeAttachment(document.id, file.fileId)))}
              >
                {t('guidance.removeAttachment')}
              </Button>
            </Flex>
          ))}
          <Upload
            accept=".docx,.xlsx,.pdf"
            showUploadList={false}
            customRequest={({ file }) => void run(async () => setDocument(await uploadAttachment(document.id, file as File)), t('guidance.uploaded'))}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="guidance-upload">
              {t('guidance.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('guidance.uploadHint')}</Typography.Text>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('guidance.saveFirst')}</Typography.Text>
      )}
    </Modal>
  );
}
