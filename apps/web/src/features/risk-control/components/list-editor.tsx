import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TControlPoint, TRiskControlList, TRiskControlPerson } from '@shian/shared/risk-control';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { adoptList, downloadList } from '../api/risk-control-api.ts';

type TOwn = { category: string; text: string };

/** Points in their categories, in the order the template gives them. */
function byCategory(points: TControlPoint[]): [string, TControlPoint[]][] {
  const groups = new Map<string, TControlPoint[]>();
  for (const p of points) groups.set(p.category, [...(groups.get(p.category) ?? []), p]);
  return [...groups];
}

function PersonSelect({
  label,
  value,
  onChange,
  people,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  people: TRiskControlPerson[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{label}</Typography.Text>
      <Select
        allowClear
        aria-label={label}
        data-testid={testId}
        placeholder={t('riskControl.pickPerson')}
        value={value ?? undefined}
        onChange={(v) => onChange(v ?? null)}
        options={people.map((p) => ({ value: p.id, label: `${p.name}（${t(`riskControl.role.${p.role}`)}）` }))}
      />
    </Flex>
  );
}

/** The header of a list: its kind, whether and when it was adopted, and whether the template moved on since. */
export function ListStatus({ list }: { list: TRiskControlList }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{list.operatorName}</Typography.Text>
        <Tag color="blue">{t(`riskControl.kind.${list.kind}`)}</Tag>
      </Flex>
      {list.listId === null ? (
        <Alert type="warning" showIcon message={t('riskControl.notAdopted')} data-testid="risk-control-not-adopted" />
      ) : (
        <Alert
          type={list.templateUpdated ? 'warning' : 'success'}
          showIcon
          data-testid="risk-control-adopted"
          message={t('riskControl.adoptedOn', { at: formatDateTime(list.adoptedAt!), n: list.templateVersion })}
          description={list.templateUpdated ? t('riskControl.templateUpdated', { n: list.currentTemplateVersion }) : undefined}
        />
      )}
    </Flex>
  );
}

/**
 * 我的风险管控清单, to adapt and adopt on a phone: the kind's current template by category with a "does not apply"
 * tick per point, the business's own points, its officer and director, adopt; the Word file once adopted.
 */
export function ListEditor({ list, onSaved }: { list: TRiskControlList; onSaved: (list: TRiskControlList) => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const download = useAction();
  const keys = useMemo(() => new Set(list.currentTemplatePoints.map((p) => p.key)), [list]);
  const [skip, setSkip] = useState<string[]>([]);
  const [own, setOwn] = useState<TOwn[]>([]);
  const [officer, setOfficer] = useState<string | null>(null);
  const [director, setDirector] = useState<string | null>(null);
  useEffect(() => {
    setSkip(list.notApplicable.filter((k) => keys.has(k)));
    setOwn(list.ownPoints.map((p) => ({ category: p.category, text: p.text })));
    setOfficer(list.officer?.id ?? null);
    setDirector(list.director?.id ?? null);
  }, [list, keys]);

  const toggle = (key: string, off: boolean) => setSkip((s) => (off ? [...s, key] : s.filter((k) => k !== key)));
  const setOwnAt = (i: number, patch: Partial<TOwn>) => setOwn((o) => o.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const applicable = list.currentTemplatePoints.length - skip.length + own.length;

  async function adopt() {
    const saved = await run(
      () =>
        adoptList(list.operatorId, {
          version: list.version,
          notApplicable: skip,
          ownPoints: own.map((p) => ({ category: p.category.trim(), text: p.text.trim() })),
          officerPersonnelId: officer,
          directorPersonnelId: director,
        }),
      t('riskControl.adopted'),
    );
    if (saved) onSaved(saved);
  }

  return (
    <Flex vertical gap={12} data-testid="risk-control-editor">
      <ListStatus list={list} />
      <Typography.Text strong>{t('riskControl.templatePoints', { n: list.currentTemplatePoints.length })}</Typography.Text>
      {byCategory(list.currentTemplatePoints).map(([category, points]) => (
        <Card key={category} size="small" title={category} styles={{ body: { padding: '0 12px' } }}>
          <List
            size="small"
            dataSource={points}
            renderItem={(p) => {
              const off = skip.includes(p.key);
              return (
                <List.Item style={{ alignItems: 'flex-start', gap: 8, paddingInline: 0 }} data-testid={`point-${p.key}`}>
                  <Typography.Text delete={off} type={off ? 'secondary' : undefined} style={{ flex: 1 }}>
                    {p.text}
                  </Typography.Text>
                  <Checkbox checked={off} onChange={(e) => toggle(p.key, e.target.checked)} style={{ whiteSpace: 'nowrap' }}>
                    {t('riskControl.notApplicable')}
                  </Checkbox>
                </List.Item>
              );
            }}
          />
        </Card>
      ))}
      <Card size="small" title={t('riskControl.ownPoints')} data-testid="own-points">
        <Flex vertical gap={12}>
          {own.length === 0 && <Typography.Text type="secondary">{t('riskControl.noOwnPoints')}</Typography.Text>}
          {own.map((p, i) => (
            <Flex key={i} vertical gap={4} data-testid={`own-point-${i + 1}`}>
              <Flex gap={8}>
                <Input
                  aria-label={t('riskControl.category')}
                  placeholder={t('riskControl.category')}
                  value={p.category}
                  maxLength={30}
                  onChange={(e) => setOwnAt(i, { category: e.target.value })}
                />
                <Button danger icon={<DeleteOutlined />} aria-label={t('riskControl.remove')} onClick={() => setOwn((o) => o.filter((_, j) => j !== i))} />
              </Flex>
              <Input.TextArea
                aria-label={t('riskControl.text')}
                placeholder={t('riskControl.text')}
                value={p.text}
                maxLength={500}
                autoSize={{ minRows: 2, maxRows: 6 }}
                onChange={(e) => setOwnAt(i, { text: e.target.value })}
              />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => setOwn((o) => [...o, { category: '', text: '' }])} data-testid="add-own-point">
            {t('riskControl.addOwnPoint')}
          </Button>
        </Flex>
      </Card>
      <Card size="small">
        <Flex vertical gap={12}>
          {list.personnel.length === 0 && <Alert type="info" showIcon message={t('riskControl.noPersonnel')} />}
          <PersonSelect label={t('riskControl.officer')} value={officer} onChange={setOfficer} people={list.personnel} testId="officer-select" />
          <PersonSelect label={t('riskControl.director')} value={director} onChange={setDirector} people={list.personnel} testId="director-select" />
        </Flex>
      </Card>
      <Typography.Text type="secondary">{t('riskControl.applicableCount', { n: applicable })}</Typography.Text>
      <Button type="primary" size="large" block loading={busy} onClick={() => void adopt()} data-testid="risk-control-adopt">
        {list.listId ? t('riskControl.readopt') : t('riskControl.adopt')}
      </Button>
      {list.listId && (
        <Button
          block
          icon={<DownloadOutlined />}
          loading={download.busy}
          onClick={() => void download.run(() => downloadList(list.operatorId))}
          data-testid="risk-control-download"
        >
          {t('riskControl.download')}
        </Button>
      )}
    </Flex>
  );
}

/** A list as staff read it: the applicable points by category (those not applicable struck through), own points, people. */
export function ListView({ list }: { list: TRiskControlList }) {
  const { t } = useTranslation();
  const download = useAction();
  const skip = new Set(list.notApplicable);
  return (
    <Flex vertical gap={12} data-testid="risk-control-view">
      <ListStatus list={list} />
      {list.listId && <Typography.Text>{`${t('riskControl.officer')}：${list.officer?.name ?? '—'}　${t('riskControl.director')}：${list.director?.name ?? '—'}`}</Typography.Text>}
      {byCategory([...list.templatePoints, ...list.ownPoints]).map(([category, points]) => (
        <Card key={category} size="small" title={category} styles={{ body: { padding: '0 12px' } }}>
          <List
            size="small"
            dataSource={points}
            renderItem={(p) => (
              <List.Item style={{ paddingInline: 0 }}>
                <Typography.Text delete={skip.has(p.key)} type={skip.has(p.key) ? 'secondary' : undefined}>
                  {p.text}
                </Typography.Text>
                {p.key.startsWith('own-') && <Tag color="purple">{t('riskControl.ownPoints')}</Tag>}
                {skip.has(p.key) && <Tag>{t('riskControl.notApplicable')}</Tag>}
              </List.Item>
            )}
          />
        </Card>
      ))}
      {list.listId && (
        <Button icon={<DownloadOutlined />} loading={download.busy} onClick={() => void download.run(() => downloadList(list.operatorId))}>
          {t('riskControl.download')}
        </Button>
      )}
    </Flex>
  );
}
