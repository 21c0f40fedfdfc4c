import { App, Button, Flex, Input, List, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOMINATION_STATUSES, type TNomination } from '@shian/shared/public-test';
import { asApiError } from '../../../api/client.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { NominationStatusFilter } from '../components/nomination-status-filter.tsx';
import { listNominations, publishResult, rejectNomination, selectNomination } from '../api/public-tests-api.ts';

/** Staff: proposals by votes; select the top ones for a special plan, publish their results back. */
export function NominationListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const list = useList({ params: { status: oneOf(NOMINATION_STATUSES) } }, ({ filters, page, pageSize }, signal) => listNominations({ ...filters, page, pageSize }, signal));
  const manage = can('sampling.manage');

  async function run(action: () => Promise<TNomination>) {
    try {
      const next = await action();
      if (list.data) list.setData({ ...list.data, items: list.data.items.map((i) => (i.id === next.id ? next : i)) });
      message.success(t('publicTests.saved'));
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <ListShell
      list={list}
      title={t('publicTests.staffTitle')}
      filters={<NominationStatusFilter list={list} statuses={NOMINATION_STATUSES} />}
      emptyText={t('publicTests.empty')}
      pagination={{ size: 'small' }}
      renderItem={(n) => {
        const text = texts[n.id] ?? '';
        const input = (placeholder: string) => (
          <Input size="small" placeholder={placeholder} value={text} onChange={(e) => setTexts({ ...texts, [n.id]: e.target.value })} style={{ width: 220 }} />
        );
        return (
          <List.Item key={n.id}>
            <List.Item.Meta
              title={
                <Flex gap={8} wrap>
                  {`${n.food} · ${n.place}`}
                  <Tag>{t(`publicTests.status.${n.status}`)}</Tag>
                  <Tag color="blue">{t('publicTests.votes', { count: n.votes })}</Tag>
                </Flex>
              }
              description={[n.reason, n.resultSummary ? t('publicTests.result', { text: n.resultSummary }) : null].filter(Boolean).join(' · ')}
            />
            {manage && n.status === 'open' && (
              <Flex gap={4}>
                {input(t('publicTests.planName'))}
                <Button size="small" disabled={!text.trim()} onClick={() => void run(() => selectNomination(n.id, n.version, text.trim()))}>
                  {t('publicTests.select')}
                </Button>
                <Popconfirm title={t('publicTests.reject')} onConfirm={() => void run(() => rejectNomination(n.id, n.version))}>
                  <Button size="small" danger>
                    {t('publicTests.reject')}
                  </Button>
                </Popconfirm>
              </Flex>
            )}
            {manage && n.status === 'selected' && (
              <Flex gap={4}>
                {input(t('publicTests.resultSummary'))}
                <Button size="small" disabled={!text.trim()} onClick={() => void run(() => publishResult(n.id, n.version, text.trim()))}>
                  {t('publicTests.publishResult')}
                </Button>
              </Flex>
            )}
          </List.Item>
        );
      }}
    />
  );
}
