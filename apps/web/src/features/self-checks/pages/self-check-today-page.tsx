import { useState } from 'react';
import { Alert, Button, Card, Flex, Spin, Tabs, Typography } from 'antd';
import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SELF_CHECK_KINDS, type TSelfCheck, type TSelfCheckKind, type TSelfCheckToday } from '@shian/shared/self-check';
import { useApi } from '../../../api/use-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { downloadSelfCheck, getToday } from '../api/self-checks-api.ts';
import { DailyForm } from '../components/daily-form.tsx';
import { MonthlyForm, WeeklyForm } from '../components/period-forms.tsx';

function Recorded({ record }: { record: TSelfCheck }) {
  const { t } = useTranslation();
  const download = useAction();
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Text type="success">{t('selfChecks.recordedAt', { name: record.recordedByName, at: formatDateTime(record.recordedAt) })}</Typography.Text>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        loading={download.busy}
        onClick={() => void download.run(() => downloadSelfCheck(record.id))}
        data-testid={`download-${record.kind}`}
      >
        {t('selfChecks.download')}
      </Button>
    </Flex>
  );
}

/** 今日检查: the business's day, week and month on a phone, each tab its form, saved records downloadable. */
export function SelfCheckTodayPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const tab = (SELF_CHECK_KINDS as readonly string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as TSelfCheckKind) : 'daily';
  const { data, error, reload } = useApi(getToday, []);
  const [saved, setSaved] = useState<Partial<Record<TSelfCheckKind, TSelfCheck>>>({});
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  const today: TSelfCheckToday = { ...data, daily: saved.daily ?? data.daily, weekly: saved.weekly ?? data.weekly, monthly: saved.monthly ?? data.monthly };
  const keep = (record: TSelfCheck) => setSaved((s) => ({ ...s, [record.kind]: record }));

  return (
    <Card
      size="small"
      title={`${t('selfChecks.todayTitle')} · ${today.today}`}
      extra={
        <Link to="/self-checks">
          <Button size="small" icon={<HistoryOutlined />}>
            {t('selfChecks.history')}
          </Button>
        </Link>
      }
      data-testid="self-check-today"
    >
      <Flex vertical gap={8}>
        <Typography.Text strong>{today.operatorName}</Typography.Text>
        {!today.required && <Alert type="info" showIcon message={t('selfChecks.notRequired')} />}
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          items={SELF_CHECK_KINDS.map((kind) => {
            const record = today[kind];
            return {
              key: kind,
              label: `${t(`selfChecks.kinds.${kind}`)}${record ? ' ✓' : ''}`,
              children: (
                <Flex vertical gap={12}>
                  <Typography.Text type="secondary">{t(`selfChecks.kindTitles.${kind}`)}</Typography.Text>
                  {record && <Recorded record={record} />}
                  {kind === 'daily' && <DailyForm key={record?.version ?? 0} today={today} onSaved={keep} />}
                  {kind === 'weekly' && <WeeklyForm key={record?.version ?? 0} record={record} today={today.today} onSaved={keep} />}
                  {kind === 'monthly' && <MonthlyForm key={record?.version ?? 0} record={record} today={today.today} onSaved={keep} />}
                </Flex>
              ),
            };
          })}
        />
      </Flex>
    </Card>
  );
}
