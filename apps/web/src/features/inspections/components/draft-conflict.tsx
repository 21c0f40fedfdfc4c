import { Alert, Button, Flex, Popconfirm, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TInspection } from '@shian/shared/inspection';

type TProps = { mine: TInspection; server: TInspection; onKeepMine: () => void; onTakeServer: () => void };
type TRow = { key: string; field: string; mine: string; theirs: string };

/** Both versions side by side, only where they differ; the user decides, nothing is overwritten before. */
export function DraftConflict({ mine, server, onKeepMine, onTakeServer }: TProps) {
  const { t } = useTranslation();
  const outcome = (o: string | null, note: string) => [o ? t(`inspections.outcomes.${o as 'conforming'}`) : '—', note].filter(Boolean).join(' · ');
  const rows: TRow[] = [];
  for (const item of mine.items) {
    const theirs = server.items.find((i) => i.id === item.id);
    const a = outcome(item.outcome, item.note);
    const b = theirs ? outcome(theirs.outcome, theirs.note) : '—';
    if (a !== b) rows.push({ key: item.id, field: `${item.position}. ${item.content}`, mine: a, theirs: b });
  }
  for (const field of ['summary', 'locationNote', 'representativeName'] as const) {
    const a = mine[field] ?? '';
    const b = server[field] ?? '';
    if (a !== b) rows.push({ key: field, field: t(`inspections.${field === 'representativeName' ? 'representative' : field}`), mine: a || '—', theirs: b || '—' });
  }
  return (
    <Flex vertical gap={8} data-testid="draft-conflict">
      <Alert type="warning" showIcon message={t('offline.conflictTitle')} />
      <Table<TRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        locale={{ emptyText: t('offline.noDifference') }}
        columns={[
          { title: t('offline.field'), dataIndex: 'field' },
          { title: t('offline.mine'), dataIndex: 'mine' },
          { title: t('offline.theirs'), dataIndex: 'theirs' },
        ]}
      />
      <Flex gap={8} wrap justify="flex-end">
        <Popconfirm title={t('offline.discardConfirm')} onConfirm={onTakeServer}>
          <Button data-testid="conflict-take-server">{t('offline.takeServer')}</Button>
        </Popconfirm>
        {/* A closed record cannot take changes any more: only the server's version is left. */}
        <Button type="primary" disabled={server.status === 'closed'} onClick={onKeepMine} data-testid="conflict-keep-mine">
          {t('offline.keepMine')}
        </Button>
      </Flex>
    </Flex>
  );
}
