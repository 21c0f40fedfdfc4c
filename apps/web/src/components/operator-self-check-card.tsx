import { Card, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { recentSelfChecks } from '../api/self-checks.ts';
import { useApi } from '../api/use-api.ts';

/** The operator's daily, weekly and monthly records of the last 30 days on its page: a strip of days, problems, a link to them. */
export function OperatorSelfCheckCard({ operatorId }: { operatorId: string }) {
  const { t } = useTranslation();
  const today = chinaToday();
  const from = addDays(today, -29);
  const { data, error } = useApi((signal) => recentSelfChecks(operatorId, from, signal), [operatorId, from]);
  if (error) return null;
  const daily = new Map((data?.items ?? []).filter((r) => r.kind === 'daily').map((r) => [r.period, r]));
  const days = Array.from({ length: 30 }, (_, i) => addDays(from, i));
  const problems = [...daily.values()].reduce((n, r) => n + r.problems, 0);
  return (
    <Card
      title={t('selfChecks.card')}
      loading={!data}
      extra={<Link to={`/self-checks?operatorId=${operatorId}`}>{t('selfChecks.cardLink')}</Link>}
      data-testid="operator-self-check-card"
    >
      <Flex vertical gap={8}>
        <Flex gap={2} wrap>
          {days.map((d) => {
            const r = daily.get(d);
            const color = !r ? (d === today ? '#f0f0f0' : '#ffccc7') : r.problems > 0 ? '#faad14' : '#52c41a';
            return (
              <Tooltip key={d} title={`${d}${r ? ` · ${t('selfChecks.cardProblems', { n: r.problems })}` : ''}`}>
                <div style={{ width: 10, height: 22, borderRadius: 2, background: color }} />
              </Tooltip>
            );
          })}
        </Flex>
        <Typography.Text>{daily.size === 0 ? t('selfChecks.cardNone') : t('selfChecks.cardDays', { n: daily.size })}</Typography.Text>
        {problems > 0 && <Typography.Text type="warning">{t('selfChecks.cardProblems', { n: problems })}</Typography.Text>}
      </Flex>
    </Card>
  );
}
