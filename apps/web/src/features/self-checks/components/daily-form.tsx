import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECK_RESULTS, type TCheckResult, type TDailyContent, type TSelfCheck, type TSelfCheckToday } from '@shian/shared/self-check';
import { PhotoInput } from '../../../components/photo-input.tsx';
import { PhotoThumbs } from '../../../components/photo-thumbs.tsx';
import { useAction } from '../../../components/use-action.ts';
import { createSelfCheck, fileUrl, updateSelfCheck, uploadPhoto } from '../api/self-checks-api.ts';

type TPoint = { key: string; category: string; text: string };
type TAnswer = { result: TCheckResult | null; note: string; action: string; photoIds: string[] };

const answersOf = (points: TPoint[], record: TSelfCheck | null): Record<string, TAnswer> => {
  const items = (record?.content as TDailyContent | undefined)?.items ?? [];
  return Object.fromEntries(
    points.map((p) => {
      const item = items.find((i) => i.key === p.key);
      return [p.key, item ? { result: item.result, note: item.note, action: item.action, photoIds: item.photoIds } : { result: null, note: '', action: '', photoIds: [] }];
    }),
  );
};

/** Today's check on a phone: the list's points by category, each OK / problem (note, action, photos) / not applicable. */
export function DailyForm({ today, onSaved }: { today: TSelfCheckToday; onSaved: (record: TSelfCheck) => void }) {
  const { t } = useTranslation();
  const record = today.daily;
  // A record keeps its own points (the list as it read when recorded); a new one takes the list's current points.
  const points: TPoint[] = record ? (record.content as TDailyContent).items : today.points;
  const [answers, setAnswers] = useState(() => answersOf(points, record));
  const [uploading, setUploading] = useState<string | null>(null);
  const { busy, run } = useAction();
  const upload = useAction();
  const set = (key: string, patch: Partial<TAnswer>) => setAnswers((a) => ({ ...a, [key]: { ...a[key], ...patch } }));
  const categories = [...new Set(points.map((p) => p.category))];
  const unanswered = points.filter((p) => answers[p.key].result === null).length;

  if (points.length === 0) return <Alert type="warning" showIcon message={t('selfChecks.noPoints')} />;

  async function addPhoto(key: string, file: File) {
    setUploading(key);
    const uploaded = await upload.run(() => uploadPhoto(file));
    setUploading(null);
    if (uploaded) set(key, { photoIds: [...answers[key].photoIds, uploaded.id] });
  }

  async function save() {
    const content = {
      items: points.map((p) => {
        const a = answers[p.key];
        const problem = a.result === 'problem';
        return {
          key: p.key,
          category: p.category,
          text: p.text,
          result: a.result!,
          note: problem ? a.note : '',
          action: problem ? a.action : '',
          photoIds: problem ? a.photoIds : [],
        };
      }),
    };
    const saved = await run(
      () => (record ? updateSelfCheck(record.id, { kind: 'daily', version: record.version, content }) : createSelfCheck({ kind: 'daily', content })),
      t('selfChecks.saved'),
    );
    if (saved) onSaved(saved);
  }

  return (
    <Flex vertical gap={12} data-testid="daily-form">
      {today.listVersion !== null && <Typography.Text type="secondary">{t('selfChecks.listVersion', { n: today.listVersion })}</Typography.Text>}
      {categories.map((category) => (
        <Card key={category} size="small" title={category}>
          <Flex vertical gap={12}>
            {points
              .filter((p) => p.category === category)
              .map((p) => {
                const a = answers[p.key];
                return (
                  <Flex key={p.key} vertical gap={6} data-testid={`point-${p.key}`}>
                    <Typography.Text>{p.text}</Typography.Text>
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      size="small"
                      value={a.result}
                      onChange={(e) => set(p.key, { result: e.target.value as TCheckResult })}
                      options={CHECK_RESULTS.map((r) => ({ value: r, label: t(`selfChecks.results.${r}`) }))}
                    />
                    {a.result === 'problem' && (
                      <Flex vertical gap={6}>
                        <Input.TextArea
                          rows={2}
                          placeholder={t('selfChecks.note')}
                          aria-label={t('selfChecks.note')}
                          value={a.note}
                          onChange={(e) => set(p.key, { note: e.target.value })}
                        />
                        <Input.TextArea
                          rows={2}
                          placeholder={t('selfChecks.action')}
                          aria-label={t('selfChecks.action')}
                          value={a.action}
                          onChange={(e) => set(p.key, { action: e.target.value })}
                        />
                        <Flex gap={8} align="center" wrap>
                          <PhotoInput label={t('selfChecks.addPhoto')} loading={uploading === p.key} onFile={(f) => void addPhoto(p.key, f)} testId={`photo-${p.key}`} />
                          {a.photoIds.length > 0 && <Tag color="blue">{t('selfChecks.photos', { n: a.photoIds.length })}</Tag>}
                        </Flex>
                        {record && (
                          <PhotoThumbs
                            urls={a.photoIds
                              .filter((id) => (record.content as TDailyContent).items.some((i) => i.photoIds.includes(id)))
                              .map((id) => ({ id, thumb: fileUrl(record.id, id, 'thumb'), full: fileUrl(record.id, id, 'full') }))}
                          />
                        )}
                      </Flex>
                    )}
                  </Flex>
                );
              })}
          </Flex>
        </Card>
      ))}
      {unanswered > 0 && <Typography.Text type="warning">{t('selfChecks.unanswered', { n: unanswered })}</Typography.Text>}
      <Button type="primary" block loading={busy} disabled={unanswered > 0} onClick={() => void save()} data-testid="daily-save">
        {t('selfChecks.save')}
      </Button>
    </Flex>
  );
}
