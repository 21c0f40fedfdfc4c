import { useState } from 'react';
import { App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TDrawDetail } from '@shian/shared/draw';
import { asApiError } from '../../../api/client.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { RiskGradeTag } from '../../../components/risk-grade-tag.tsx';
import { planDraw, publishDraw, verifyDraw } from '../api/draws-api.ts';

export function DrawResult({ draw, onChanged }: { draw: TDrawDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [identical, setIdentical] = useState<boolean | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  /** Runs a step; a step that returns a text shows it as the success message. */
  async function act(name: string, action: () => Promise<unknown>) {
    setBusy(name);
    try {
      const text = await action();
      if (typeof text === 'string') message.success(text);
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card
      title={draw.name}
      data-testid="draw-result"
      extra={
        <Space wrap>
          <Button loading={busy === 'verify'} onClick={() => act('verify', async () => setIdentical((await verifyDraw(draw.id)).identical))} data-testid="draw-verify">
            {t('draws.verify')}
          </Button>
          {identical !== null && (
            <Tag color={identical ? 'success' : 'error'} data-testid="draw-verified">
              {identical ? t('draws.identical') : t('draws.different')}
            </Tag>
          )}
          {!draw.published && (
            <Button
              loading={busy === 'publish'}
              onClick={() =>
                act('publish', async () => {
                  await publishDraw(draw.id);
                  onChanged();
                  return t('draws.published');
                })
              }
            >
              {t('draws.publish')}
            </Button>
          )}
          {!draw.planned && (
            <Button
              type="primary"
              loading={busy === 'plan'}
              onClick={() =>
                act('plan', async () => {
                  const r = await planDraw(draw.id);
                  onChanged();
                  return t('draws.planned', r);
                })
              }
            >
              {t('draws.makePlan')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('draws.seed')}>
          <Typography.Text copyable code>
            {draw.seed}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('draws.pools')}>{t('draws.poolSizes', { o: draw.operatorPoolSize, i: draw.inspectorPoolSize })}</Descriptions.Item>
        <Descriptions.Item label={t('draws.createdAt')}>{formatDateTime(draw.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('draws.state')}>
          <Space size={4}>
            {draw.published ? <Tag color="green">{t('draws.publishedTag')}</Tag> : <Tag>{t('draws.unpublished')}</Tag>}
            {draw.planned && <Tag color="blue">{t('draws.plannedTag')}</Tag>}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="operatorId"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={draw.result}
        columns={[
          { key: 'n', title: '#', render: (_, __, i) => i + 1, width: 48 },
          { key: 'operator', dataIndex: 'operatorName', title: t('draws.operator') },
          { key: 'unit', dataIndex: 'unitName', title: t('draws.unit') },
          { key: 'grade', dataIndex: 'riskGrade', title: t('draws.riskGrade'), render: (g: string | null) => <RiskGradeTag grade={g} /> },
          { key: 'inspectors', title: t('draws.inspectors'), render: (_, row) => row.inspectors.map((i) => i.displayName).join('、') },
        ]}
      />
    </Card>
  );
}
