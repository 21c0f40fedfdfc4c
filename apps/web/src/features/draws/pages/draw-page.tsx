import { useState } from 'react';
import { App, Card, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TDrawCreate, TDrawSummary } from '@shian/shared/draw';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { createDraw, getDraw, listDraws } from '../api/draws-api.ts';
import { DrawForm } from '../components/draw-form.tsx';
import { DrawResult } from '../components/draw-result.tsx';

export function DrawPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draws = useApi((signal) => listDraws(signal), []);
  const detail = useApi((signal) => (selected ? getDraw(selected, signal) : Promise.resolve(null)), [selected]);

  async function run(body: Partial<TDrawCreate>) {
    setBusy(true);
    try {
      const created = await createDraw(body);
      setSelected(created.id);
      draws.reload();
    } catch (e) {
      const error = asApiError(e);
      message.error(error.fields[0]?.message ?? error.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap={16}>
      <Card title={t('draws.title')}>
        <DrawForm onDraw={run} busy={busy} />
      </Card>
      {detail.data && (
        <DrawResult
          key={detail.data.id}
          draw={detail.data}
          onChanged={() => {
            detail.reload();
            draws.reload();
          }}
        />
      )}
      <Card title={t('draws.history')}>
        <Table<TDrawSummary>
          size="small"
          rowKey="id"
          loading={draws.loading}
          dataSource={draws.data?.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('draws.name') },
            { key: 'at', dataIndex: 'createdAt', title: t('draws.createdAt'), render: (v: string) => formatDateTime(v) },
            { key: 'count', title: t('draws.operatorCount'), render: (_, r) => `${r.drawnCount} / ${r.operatorPoolSize}` },
            {
              key: 'state',
              title: t('draws.state'),
              render: (_, r) => (
                <>
                  {r.published ? <Tag color="green">{t('draws.publishedTag')}</Tag> : <Tag>{t('draws.unpublished')}</Tag>}
                  {r.planned && <Tag color="blue">{t('draws.plannedTag')}</Tag>}
                </>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
