import { useState } from 'react';
import { App, Button, Flex, Input, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { listModels, trainModel } from '../api/targeting-api.ts';
import { percent } from './reason-list.tsx';

export function ModelsTab() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const [asOf, setAsOf] = useState('');
  const { data, error, loading, reload } = useApi((signal) => listModels(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;

  async function train() {
    const model = await run(() => trainModel(asOf ? { asOf } : {}));
    if (model) {
      message.success(t('targeting.trained', { number: model.number }));
      reload();
    }
  }

  return (
    <Flex vertical gap={12}>
      {can('targeting.manage') && (
        <Flex gap={8} wrap align="center">
          <Input
            type="date"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
            style={{ width: 170 }}
            aria-label={t('targeting.trainAsOf')}
            placeholder={t('targeting.trainAsOf')}
          />
          <Button type="primary" loading={busy} onClick={() => void train()} data-testid="targeting-train">
            {t('targeting.train')}
          </Button>
          <Typography.Text type="secondary">{t('targeting.trainAsOf')}</Typography.Text>
        </Flex>
      )}
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('targeting.noModel') }}
        renderItem={(m) => (
          <List.Item key={m.id} data-testid="targeting-model">
            <Flex vertical gap={2}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{t('targeting.modelCard', { number: m.number, trigger: t(`targeting.trigger.${m.trigger}`) })}</Typography.Text>
                {m.current && <Tag color="green">{t('targeting.current')}</Tag>}
              </Flex>
              <Typography.Text type="secondary">
                {t('targeting.modelFacts', { asOf: m.asOf.slice(0, 10), rows: m.trainingRows, positives: m.positives, features: m.features })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('targeting.modelEval', {
                  count: m.evaluation.testRows,
                  from: m.evaluation.splitOn,
                  auc: m.evaluation.auc ?? '—',
                  base: percent(m.evaluation.baseRate),
                  top: percent(m.evaluation.deciles[0]?.rate ?? null),
                })}
              </Typography.Text>
              {m.trainedByName && <Typography.Text type="secondary">{t('targeting.trainedBy', { name: m.trainedByName })}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
