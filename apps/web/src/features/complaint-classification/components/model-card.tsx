import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, List, Progress, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TClassifierModel, TClassifierOverview } from '@shian/shared/complaint-classification';
import { useAction } from '../../../components/use-action.ts';
import { getClassifierModel, startRetraining } from '../api/complaint-classification-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';

const POLL_MS = 800;

function ModelLine({ model }: { model: TClassifierModel }) {
  const { t } = useTranslation();
  const evaluation = model.evaluation;
  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text strong>{model.version === 0 ? t('complaintClassification.seedModel') : t('complaintClassification.version', { version: model.version })}</Typography.Text>
      {model.active && <Tag color="green">{t('complaintClassification.current')}</Tag>}
      {!model.active && <Tag color={model.status === 'failed' ? 'red' : 'default'}>{t(`complaintClassification.status.${model.status}`)}</Tag>}
      {evaluation && (
        <Typography.Text type="secondary">
          {`${t('complaintClassification.heads.trade')} ${(evaluation.trade.accuracy * 100).toFixed(1)}% · ${t('complaintClassification.heads.issueType')} ${(evaluation.issueType.accuracy * 100).toFixed(1)}%`}
        </Typography.Text>
      )}
      {model.createdAt && (
        <Typography.Text type="secondary">{t('complaintClassification.trainedBy', { name: model.createdByName ?? '—', at: formatDateTime(model.createdAt) })}</Typography.Text>
      )}
    </Flex>
  );
}

/** The active model, its versions, and retraining with a progress bar (the training runs on the server). */
export function ModelCard({ overview, canTrain, onTrained }: { overview: TClassifierOverview; canTrain: boolean; onTrained: () => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [training, setTraining] = useState<TClassifierModel | null>(overview.models.find((m) => m.status === 'training') ?? null);
  const [outcome, setOutcome] = useState<TClassifierModel | null>(null);
  const active = overview.active;

  // biome-ignore lint/correctness/useExhaustiveDependencies: polls while the training model changes; onTrained is a fresh callback each render
  useEffect(() => {
    if (!training) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getClassifierModel(training.id!, controller.signal).then(
        (next) => {
          if (next.status === 'training') return setTraining(next);
          setTraining(null);
          setOutcome(next);
          onTrained();
        },
        () => setTraining({ ...training }),
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [training]);

  async function retrain() {
    const started = await run(() => startRetraining());
    if (started) {
      setOutcome(null);
      setTraining(started);
    }
  }

  const failure =
    outcome?.status === 'failed'
      ? outcome.message === 'interrupted'
        ? t('complaintClassification.interrupted')
        : t('complaintClassification.trainingFailed', { message: outcome.message ?? '' })
      : null;
  return (
    <Card
      title={t('complaintClassification.title')}
      extra={
        canTrain && (
          <Button type="primary" icon={<ReloadOutlined />} loading={busy} disabled={training !== null} onClick={() => void retrain()} data-testid="classifier-retrain">
            {t('complaintClassification.retrain')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('complaintClassification.intro')}
        </Typography.Paragraph>
        <Flex gap={8} wrap align="center" data-testid="classifier-active">
          <Typography.Text>{t('complaintClassification.activeModel')}</Typography.Text>
          <Tag color="blue">{active.version === 0 ? t('complaintClassification.seedModel') : t('complaintClassification.version', { version: active.version })}</Tag>
          <Typography.Text type="secondary">{t('complaintClassification.seedSize', { count: active.seedSize })}</Typography.Text>
          <Typography.Text type="secondary">{t('complaintClassification.labelCount', { count: active.labelCount })}</Typography.Text>
          {active.reclassified !== null && <Typography.Text type="secondary">{t('complaintClassification.reclassified', { count: active.reclassified })}</Typography.Text>}
        </Flex>
        {canTrain && <Typography.Text type="secondary">{t('complaintClassification.retrainHint')}</Typography.Text>}
        {training && (
          <div data-testid="classifier-training">
            <Typography.Text>{t('complaintClassification.training', { version: training.version })}</Typography.Text>
            <Progress percent={training.progress} status="active" />
          </div>
        )}
        {outcome?.status === 'ready' && (
          <Alert type="success" showIcon message={t('complaintClassification.trained', { version: outcome.version })} data-testid="classifier-trained" />
        )}
        {failure && <Alert type="error" showIcon message={failure} />}
        <List
          size="small"
          header={t('complaintClassification.history')}
          dataSource={overview.models}
          rowKey={(m) => m.id ?? 'seed'}
          renderItem={(m) => (
            <List.Item>
              <ModelLine model={m} />
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
