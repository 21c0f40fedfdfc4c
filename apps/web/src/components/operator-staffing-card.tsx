import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import type { TStaffingPostCheck } from '@shian/shared/staffing';
import { getStaffingCheck } from '../api/staffing.ts';
import { useApi } from '../api/use-api.ts';
import { nameIn } from '../lib/dictionary-names.ts';
import { useLang } from '../lib/i18n.ts';

/** The operator's food safety posts (食品安全总监、食品安全员): required or not, by which rule, who holds them, what is missing. */
export function OperatorStaffingCard({ operatorId }: { operatorId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error } = useApi((signal) => getStaffingCheck(operatorId, signal), [operatorId]);
  if (error) return null;
  const state = (p: TStaffingPostCheck) => {
    if (p.missing) return <Tag color="red">{t('staffing.card.missing')}</Tag>;
    if (p.holders.length > 0) return <Tag color="green">{p.holders.join('、')}</Tag>;
    return <Tag>{t('staffing.card.notRequired')}</Tag>;
  };
  return (
    <Card title={t('staffing.card.title')} loading={!data} data-testid="operator-staffing-card">
      {data && (
        <Flex vertical gap={8}>
          {!data.complete && (
            <Alert
              type="error"
              showIcon
              data-testid="operator-staffing-missing"
              message={t('staffing.card.incomplete', {
                posts: data.posts
                  .filter((p) => p.missing)
                  .map((p) => nameIn(PERSONNEL_ROLE_NAMES, p.post, lang))
                  .join(lang === 'en' ? ', ' : '、'),
              })}
              description={data.lastReminder ? t('staffing.card.reminded', { on: data.lastReminder.remindedOn, due: data.lastReminder.dueOn }) : undefined}
            />
          )}
          {data.encouraged && <Alert type="info" showIcon message={t('staffing.card.encouraged')} />}
          {data.posts.map((p) => (
            <Flex vertical gap={2} key={p.post}>
              <Flex wrap gap={4} align="center" data-testid={`operator-staffing-${p.post}`}>
                <Typography.Text strong>{nameIn(PERSONNEL_ROLE_NAMES, p.post, lang)}</Typography.Text>
                {p.required && <Tag color="blue">{t('staffing.card.required')}</Tag>}
                {state(p)}
              </Flex>
              {p.rules.map((r) => (
                <Typography.Text key={r.id} type="secondary" style={{ fontSize: 12 }}>
                  {r.basis}
                </Typography.Text>
              ))}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
