import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RUMOUR_TOPICS, ZRumourInput, ZRumourPut, type TRumour, type TRumourTopic } from '@shian/shared/rumour';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useSchemaSubmit } from '../../../lib/use-schema-submit.ts';
import { createRumour, findArticles, findStandards, getRumour, publishRumour, reviewRumour, updateRumour } from '../api/rumours-api.ts';
import { RumourLinks } from '../components/rumour-links.tsx';
import { SearchSelect } from '../components/search-select.tsx';
import { STATUS_COLOURS } from './rumour-list-page.tsx';
import { FormProblems } from '../../../components/form-problems.tsx';

/** One rumour (or a new one): its text and links, and the workflow: an expert reviews, then it is published. */
export function RumourPage() {
  const { id } = useParams();
  const isNew = id === 'new';
  const { data, error, reload, setData } = useApi(async (signal) => (isNew ? null : getRumour(id!, signal)), [id]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!isNew && !data) return null;
  return <RumourEditor key={data?.version ?? 'new'} rumour={data ?? null} onChange={setData} />;
}

type TValues = { title: string; claim: string; rebuttal: string; evidence?: string; topic: TRumourTopic; standardIds: string[]; articleIds: string[] };

function RumourEditor({ rumour, onChange }: { rumour: TRumour | null; onChange: (r: TRumour) => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TValues>();
  const { submit, problems, saving } = useSchemaSubmit(form);
  const { busy, run } = useAction();
  const [initialStandards] = useState(() => (rumour?.standards ?? []).map((s) => ({ value: s.id, label: `${s.number} ${s.title}` })));
  const [initialArticles] = useState(() => (rumour?.articles ?? []).map((a) => ({ value: a.articleId, label: `《${a.documentTitle}》${a.articleNumber}` })));

  async function save(v: TValues) {
    const fields = { ...v, evidence: v.evidence ?? '', standardIds: v.standardIds ?? [], articleIds: v.articleIds ?? [] };
    const saved = rumour
      ? await submit(ZRumourPut, { ...fields, version: rumour.version }, (body) => updateRumour(rumour.id, body))
      : await submit(ZRumourInput, fields, createRumour);
    if (!saved) return;
    message.success(t('rumours.saved'));
    if (rumour) onChange(saved);
    else navigate(`/rumours/${saved.id}`, { replace: true });
  }

  const canReview = rumour?.status === 'draft' && me?.role === 'expert' && rumour.createdBy !== me.id;
  return (
    <Card title={rumour ? rumour.title : t('rumours.create')} extra={rumour && <Tag color={STATUS_COLOURS[rumour.status]}>{t(`rumours.statuses.${rumour.status}`)}</Tag>}>
      {rumour && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
          {canReview && (
            <Button
              type="primary"
              loading={busy}
              onClick={() => void run(async () => onChange(await reviewRumour(rumour.id, rumour.version)), t('rumours.saved'))}
              data-testid="rumour-review"
            >
              {t('rumours.review')}
            </Button>
          )}
          {rumour.status === 'reviewed' && (
            <Button
              type="primary"
              loading={busy}
              onClick={() => void run(async () => onChange(await publishRumour(rumour.id, rumour.version)), t('rumours.saved'))}
              data-testid="rumour-publish"
            >
              {t('rumours.publish')}
            </Button>
          )}
          {rumour.reviewedByName && <Typography.Text type="secondary">{t('rumours.reviewedBy', { name: rumour.reviewedByName })}</Typography.Text>}
          {rumour.publishedAt && <Typography.Text type="secondary">{t('rumours.publishedAt', { at: formatDateTime(rumour.publishedAt) })}</Typography.Text>}
        </Flex>
      )}
      {rumour && rumour.status !== 'draft' && <Alert type="info" showIcon message={t('rumours.editWarning')} style={{ marginBottom: 12 }} />}
      <FormProblems problems={problems} />
      <Form<TValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={
          rumour
            ? { ...rumour, standardIds: rumour.standards.map((s) => s.id), articleIds: rumour.articles.map((a) => a.articleId) }
            : { topic: 'other', standardIds: [], articleIds: [] }
        }
      >
        <Form.Item name="title" label={t('rumours.titleField')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="topic" label={t('rumours.topic')}>
          <Select options={RUMOUR_TOPICS.map((s) => ({ value: s, label: t(`rumours.topics.${s}`) }))} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="claim" label={t('rumours.claim')} required>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="rebuttal" label={t('rumours.rebuttal')} required>
          <Input.TextArea rows={6} maxLength={5000} />
        </Form.Item>
        <Form.Item name="evidence" label={t('rumours.evidence')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="standardIds" label={t('rumours.standards')}>
          <SearchSelect
            initialOptions={initialStandards}
            placeholder={t('rumours.pickStandards')}
            search={async (q) => (await findStandards(q)).items.map((s) => ({ value: s.id, label: `${s.number} ${s.title}` }))}
          />
        </Form.Item>
        <Form.Item name="articleIds" label={t('rumours.articles')}>
          <SearchSelect
            initialOptions={initialArticles}
            placeholder={t('rumours.pickArticles')}
            search={async (q) => (await findArticles(q)).items.map((a) => ({ value: a.articleId, label: `《${a.documentTitle}》${a.articleNumber}` }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="rumour-save">
          {t('rumours.save')}
        </Button>
      </Form>
      {rumour && (rumour.standards.length > 0 || rumour.articles.length > 0) && (
        <div style={{ marginTop: 16 }}>
          <RumourLinks standards={rumour.standards} articles={rumour.articles} articleBase="/laws/articles/" />
        </div>
      )}
    </Card>
  );
}
