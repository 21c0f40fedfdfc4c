import { useEffect, useState } from 'react';
import { Button, Card, Flex, Input, Spin, Tabs, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RISK_CONTROL_KINDS, type TControlPoint, type TRiskControlKind, type TRiskControlTemplate } from '@shian/shared/risk-control';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { listTemplates, saveTemplate } from '../api/risk-control-api.ts';

/** A key no point of the template has: the kind's prefix and the next number ('cy-36'). */
function nextKey(points: TControlPoint[], kind: TRiskControlKind): string {
  const prefix = points[0]?.key.split('-')[0] ?? kind;
  const numbers = points.map((p) => Number(/-(\d+)$/.exec(p.key)?.[1] ?? 0));
  const n = Math.max(0, ...numbers) + 1;
  return `${prefix}-${String(n).padStart(2, '0')}`;
}

function KindTemplate({ template, onSaved }: { template: TRiskControlTemplate; onSaved: () => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [points, setPoints] = useState(template.points);
  useEffect(() => setPoints(template.points), [template]);
  const setAt = (i: number, patch: Partial<TControlPoint>) => setPoints((ps) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const changed = JSON.stringify(points) !== JSON.stringify(template.points);
  async function save() {
    const trimmed = points.map((p) => ({ ...p, category: p.category.trim(), text: p.text.trim() }));
    if (await run(() => saveTemplate(template.kind, template.version, trimmed), t('riskControl.saved'))) onSaved();
  }
  return (
    <Card
      size="small"
      data-testid={`template-${template.kind}`}
      title={`${t(`riskControl.kind.${template.kind}`)}（${points.length}）`}
      extra={
        <Flex gap={8} align="center">
          <Tag>{t('riskControl.versionNo', { n: template.version })}</Tag>
          <Typography.Text type="secondary">{t('riskControl.savedBy', { at: formatDateTime(template.updatedAt), by: template.updatedByName ?? '—' })}</Typography.Text>
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        {points.map((p, i) => (
          <Flex key={p.key} gap={8} align="start" data-testid={`template-point-${p.key}`}>
            <Typography.Text type="secondary" style={{ width: 48, paddingTop: 4 }}>
              {p.key}
            </Typography.Text>
            <Input aria-label={t('riskControl.category')} value={p.category} maxLength={30} style={{ width: 130 }} onChange={(e) => setAt(i, { category: e.target.value })} />
            <Input.TextArea
              aria-label={t('riskControl.text')}
              value={p.text}
              maxLength={500}
              autoSize={{ minRows: 1, maxRows: 4 }}
              onChange={(e) => setAt(i, { text: e.target.value })}
            />
            <Button danger icon={<DeleteOutlined />} aria-label={t('riskControl.remove')} onClick={() => setPoints((ps) => ps.filter((_, j) => j !== i))} />
          </Flex>
        ))}
        <Flex gap={8} justify="space-between" wrap>
          <Button
            icon={<PlusOutlined />}
            onClick={() => setPoints((ps) => [...ps, { key: nextKey(ps, template.kind), category: ps[ps.length - 1]?.category ?? '', text: '' }])}
            data-testid="template-add-point"
          >
            {t('riskControl.addPoint')}
          </Button>
          <Button type="primary" loading={busy} disabled={!changed} onClick={() => void save()} data-testid="template-save">
            {t('riskControl.save')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('riskControl.templateHint')}</Typography.Text>
      </Flex>
    </Card>
  );
}

/** The department's templates, one tab per kind: edit, add and remove points; saving makes a new version. */
export function TemplateEditor() {
  const { t } = useTranslation();
  const { data, error, reload } = useApi((signal) => listTemplates(signal), []);
  const [kind, setKind] = useState<TRiskControlKind>('catering');
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  return (
    <Tabs
      activeKey={kind}
      onChange={(k) => setKind(k as TRiskControlKind)}
      items={RISK_CONTROL_KINDS.map((k) => {
        const template = data.find((d) => d.kind === k);
        return { key: k, label: t(`riskControl.kind.${k}`), children: template ? <KindTemplate template={template} onSaved={reload} /> : null };
      })}
    />
  );
}
