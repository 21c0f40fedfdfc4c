import { useEffect, useState } from 'react';
import { Button, Card, Collapse, Flex, Form, Input, InputNumber, Segmented, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CADRE_LEVELS, type TCadreLevel } from '@shian/shared/cadre';
import { DUTY_TEMPLATE_KINDS, type TDutySettings, type TDutyTemplate } from '@shian/shared/cadre-duty';
import { CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { getDutySettings, listTemplates, publishTemplate, updateDutySettings } from '../api/cadre-duties-api.ts';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** One level's text of one kind: the current version to edit and publish as the next, earlier versions below. */
function TemplateCard({ versions, onPublished }: { versions: TDutyTemplate[]; onPublished: () => void }) {
  const { t } = useTranslation();
  const current = versions.find((v) => v.status === 'published')!;
  const [draft, setDraft] = useState(current.lines.join('\n'));
  const { busy, run } = useAction();
  useEffect(() => setDraft(current.lines.join('\n')), [current]);
  async function publish() {
    if (await run(() => publishTemplate(current.id, current.version, linesOf(draft)), t('cadreDuties.published'))) onPublished();
  }
  const retired = versions.filter((v) => v.status === 'retired');
  return (
    <Card size="small" title={t(`cadreDuties.${current.kind}`)} extra={<Tag>{t('cadreDuties.versionNo', { n: current.versionNo })}</Tag>} data-testid={`template-${current.kind}`}>
      <Flex vertical gap={8}>
        <Input.TextArea value={draft} onChange={(e) => setDraft(e.target.value)} autoSize={{ minRows: 4, maxRows: 14 }} aria-label={t(`cadreDuties.${current.kind}`)} />
        <Typography.Text type="secondary">{t('cadreDuties.oneLineEach')}</Typography.Text>
        <Flex justify="flex-end">
          <Button type="primary" size="small" loading={busy} disabled={draft.trim() === current.lines.join('\n').trim()} onClick={() => void publish()}>
            {t('cadreDuties.publish')}
          </Button>
        </Flex>
        {retired.length > 0 && (
          <Collapse
            size="small"
            items={retired.map((v) => ({
              key: v.id,
              label: `${t('cadreDuties.versionNo', { n: v.versionNo })} · ${formatDateTime(v.publishedAt)}${v.publishedByName ? ` · ${v.publishedByName}` : ''}`,
              children: (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {v.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ol>
              ),
            }))}
          />
        )}
      </Flex>
    </Card>
  );
}

function SettingsCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, reload } = useApi((signal) => getDutySettings(signal), []);
  const [form] = Form.useForm<TDutySettings>();
  const { busy, run } = useAction();
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);
  async function save(values: TDutySettings) {
    if (await run(() => updateDutySettings({ ...values, version: data!.version }), t('cadreDuties.saved'))) reload();
  }
  return (
    <Card size="small" title={t('cadreDuties.settings')}>
      <Form form={form} layout="inline" onFinish={(v) => void save(v)} style={{ rowGap: 8 }}>
        {CADRE_LEVELS.map((l) => (
          <Form.Item key={l} name={['visitsPerQuarter', l]} label={nameIn(CADRE_LEVEL_NAMES, l, lang)}>
            <InputNumber min={1} max={12} style={{ width: 70 }} />
          </Form.Item>
        ))}
        <Form.Item name="pledgeWorkingDays" label={t('cadreDuties.pledgeWorkingDays')}>
          <InputNumber min={1} max={60} style={{ width: 70 }} />
        </Form.Item>
        <Button htmlType="submit" size="small" loading={busy}>
          {t('cadreDuties.save')}
        </Button>
      </Form>
      <Typography.Text type="secondary">{t('cadreDuties.settingsHint')}</Typography.Text>
    </Card>
  );
}

/** The office's templates per level (责任清单, 任务清单, 承诺书), versioned, and the supervision frequency. */
export function TemplateEditor() {
  const { t } = useTranslation();
  const lang = useLang();
  const [level, setLevel] = useState<TCadreLevel>('district');
  const { data, error, reload } = useApi((signal) => listTemplates(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  return (
    <Flex vertical gap={12}>
      <Segmented<TCadreLevel> value={level} onChange={setLevel} options={CADRE_LEVELS.map((l) => ({ value: l, label: nameIn(CADRE_LEVEL_NAMES, l, lang) }))} />
      {DUTY_TEMPLATE_KINDS.map((kind) => (
        <TemplateCard key={`${level}-${kind}`} versions={data.filter((v) => v.level === level && v.kind === kind)} onPublished={reload} />
      ))}
      <Typography.Text type="secondary">{t('cadreDuties.checklistHint')}</Typography.Text>
      <SettingsCard />
    </Flex>
  );
}
