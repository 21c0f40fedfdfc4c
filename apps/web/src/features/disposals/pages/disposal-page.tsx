import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Form, Input, InputNumber, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TDisposalDetail, TDisposalStep } from '@shian/shared/disposal';
import { useAction } from '../../../components/use-action.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { acknowledgeDisposal, closeDisposal, completeStep, deliverDisposal, getDisposal } from '../api/disposals-api.ts';
import { ClockTag } from './clock-tag.tsx';
import { formatDateTime } from '../../../components/date-text.ts';

/** The disposal with its clocks and steps; staff complete steps, the business acknowledges. */
export function DisposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { data, error, reload, setData } = useApi((signal) => getDisposal(id, signal), [id]);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const d = data;
  const manage = can('disposal.manage') && d.status === 'open';
  const own = can('disposal.respond') && me?.operatorId === d.operatorId;

  async function act(action: () => Promise<TDisposalDetail>) {
    const next = await run(action, t('disposals.saved'));
    if (next) setData(next);
  }

  return (
    <Flex vertical gap={12}>
      <Card
        title={`${d.productName} · ${d.sampleNo}`}
        extra={<Link to="/disposals">{t('disposals.back')}</Link>}
        actions={
          manage
            ? [
                !d.deliveredAt && (
                  <Button key="deliver" loading={busy} onClick={() => void act(() => deliverDisposal(d.id, d.version))}>
                    {t('disposals.deliver')}
                  </Button>
                ),
                <Button key="close" type="primary" loading={busy} data-testid="disposal-close" onClick={() => void act(() => closeDisposal(d.id, d.version))}>
                  {t('disposals.close')}
                </Button>,
              ].filter(Boolean)
            : undefined
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('disposals.operator')}>{d.operatorName}</Descriptions.Item>
          <Descriptions.Item label={t('disposals.openedOn')}>{d.openedOn}</Descriptions.Item>
        </Descriptions>
        <Flex gap={4} wrap>
          <Tag color={d.status === 'open' ? 'blue' : 'default'}>{t(`disposals.status.${d.status}`)}</Tag>
          {d.clocks.map((c) => (
            <ClockTag key={c.kind} clock={c} />
          ))}
        </Flex>
        {d.acknowledgedAt && <Typography.Paragraph style={{ marginTop: 8 }}>{t('disposals.acknowledged', { at: formatDateTime(d.acknowledgedAt) })}</Typography.Paragraph>}
        {d.objection && <Typography.Paragraph>{t('disposals.objectionFiled', { text: d.objection })}</Typography.Paragraph>}
      </Card>
      {own && !d.acknowledgedAt && (
        <AcknowledgeCard disposal={d} busy={busy} onSubmit={(objection) => void act(() => acknowledgeDisposal(d.id, { version: d.version, objection: objection || undefined }))} />
      )}
      <Card title={t('disposals.steps')}>
        <Timeline
          items={d.steps.map((s) => ({
            color: s.status === 'done' ? 'green' : s.overdue ? 'red' : 'blue',
            children: (
              <StepItem step={s} editable={manage} busy={busy} onDone={(body) => void act(() => completeStep(d.id, s.id, { version: s.version, status: 'done', ...body }))} />
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}

function AcknowledgeCard({ disposal, busy, onSubmit }: { disposal: TDisposalDetail; busy: boolean; onSubmit: (objection: string) => void }) {
  const { t } = useTranslation();
  const [objection, setObjection] = useState('');
  return (
    <Card title={t('disposals.acknowledge')}>
      <Typography.Text type="secondary">{t('disposals.objectionHint', { date: disposal.objectionDueOn })}</Typography.Text>
      <Input.TextArea rows={3} placeholder={t('disposals.objection')} value={objection} onChange={(e) => setObjection(e.target.value)} style={{ margin: '8px 0' }} />
      <Button type="primary" loading={busy} data-testid="disposal-acknowledge" onClick={() => onSubmit(objection.trim())}>
        {t('disposals.acknowledge')}
      </Button>
    </Card>
  );
}

type TStepBody = { detail: string; quantity?: number; quantityUnit?: string };

function StepItem({ step, editable, busy, onDone }: { step: TDisposalStep; editable: boolean; busy: boolean; onDone: (body: TStepBody) => void }) {
  const { t } = useTranslation();
  const name = t(`disposals.stepKinds.${step.kind}`);
  if (step.status === 'done') {
    return (
      <Flex vertical>
        <Typography.Text strong>{name}</Typography.Text>
        <Typography.Text>{[step.detail, step.quantity !== null ? `${step.quantity} ${step.quantityUnit ?? ''}` : null].filter(Boolean).join(' · ')}</Typography.Text>
        <Typography.Text type="secondary">{t('disposals.stepDone', { name: step.doneByName ?? '', at: step.doneAt ? formatDateTime(step.doneAt) : '' })}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>
        {name} {step.dueOn && <Tag color={step.overdue ? 'red' : 'default'}>{t('disposals.stepDue', { date: step.dueOn })}</Tag>}
      </Typography.Text>
      {editable && (
        <Form<TStepBody> layout="inline" onFinish={(values) => onDone(values)}>
          <Form.Item name="detail" rules={[{ required: true }]}>
            <Input placeholder={t('disposals.detail')} />
          </Form.Item>
          {(step.kind === 'off_shelf' || step.kind === 'recall') && (
            <>
              <Form.Item name="quantity">
                <InputNumber min={0} placeholder={t('disposals.quantity')} />
              </Form.Item>
              <Form.Item name="quantityUnit">
                <Input placeholder={t('disposals.quantityUnit')} style={{ width: 80 }} />
              </Form.Item>
            </>
          )}
          <Button htmlType="submit" loading={busy}>
            {t('disposals.completeStep')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}
