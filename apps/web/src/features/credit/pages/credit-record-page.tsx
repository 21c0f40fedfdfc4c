import { useState } from 'react';
import { Button, Card, Flex, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EXIT_REASON_NAMES, type TListEntry } from '@shian/shared/credit';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useLang } from '../../../lib/i18n.ts';
import { getCreditRecord } from '../api/credit-api.ts';
import { CreditStatusTag, EntryStatusTag, groundText } from '../components/credit-tags.tsx';
import { InspectionsSection, LicencesSection, PenaltiesSection, SamplesSection } from '../components/record-sections.tsx';
import { ProposeDrawer } from '../components/propose-drawer.tsx';

const GRADE_COLOR = { A: 'green', B: 'blue', C: 'orange', D: 'red' } as const;

/** The operator's credit record: staff in scope, and the business for itself (with its notices and repair). */
export function CreditRecordPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const [proposing, setProposing] = useState(false);
  const { data, error, reload } = useApi((signal) => getCreditRecord(id, signal), [id]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const r = data;
  return (
    <Flex vertical gap={12}>
      <Card
        title={t('credit.recordTitle')}
        extra={
          can('credit.manage') && (
            <Button size="small" danger onClick={() => setProposing(true)} data-testid="credit-propose">
              {t('credit.propose.button')}
            </Button>
          )
        }
      >
        <Flex vertical gap={4}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {r.operator.name}
          </Typography.Title>
          <Typography.Text type="secondary">{`${t('credit.uscc')}：${r.operator.uscc}`}</Typography.Text>
          <Typography.Text type="secondary">{`${r.operator.unitName} · ${r.operator.address}`}</Typography.Text>
          <Flex gap={6} wrap>
            <CreditStatusTag status={r.status} />
            {r.riskGrade && <Tag color={GRADE_COLOR[r.riskGrade]}>{`${t('credit.riskGrade')} ${r.riskGrade}`}</Tag>}
          </Flex>
        </Flex>
      </Card>
      <EntriesCard entries={r.listEntries} />
      <LicencesSection licences={r.licences} />
      <PenaltiesSection penalties={r.penalties} />
      <InspectionsSection inspections={r.inspections} />
      <SamplesSection samples={r.samples} />
      {can('credit.manage') && <ProposeDrawer operatorId={r.operator.id} penalties={r.penalties} open={proposing} onClose={() => setProposing(false)} />}
    </Flex>
  );
}

function EntriesCard({ entries }: { entries: TListEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card title={t('credit.sections.entries')} size="small" data-testid="credit-entries">
      <List
        size="small"
        dataSource={entries}
        locale={{ emptyText: t('credit.empty') }}
        renderItem={(e) => (
          <List.Item
            key={e.id}
            extra={
              <Link to={`/credit/list-entries/${e.id}`} data-testid="credit-entry-link">
                {t('credit.entry.open')}
              </Link>
            }
          >
            <Flex vertical gap={2}>
              <Flex gap={6} wrap align="center">
                <EntryStatusTag status={e.status} />
                {e.listedOn && <Typography.Text>{`${t('credit.entry.listedOn')} ${e.listedOn}`}</Typography.Text>}
              </Flex>
              <Typography.Text>{e.grounds.map((g) => groundText(g, lang)).join('；')}</Typography.Text>
              {e.exitedOn && e.exitReason && (
                <Typography.Text type="secondary">
                  {t('credit.entry.exited', { date: e.exitedOn, reason: lang === 'en' ? EXIT_REASON_NAMES[e.exitReason].en : EXIT_REASON_NAMES[e.exitReason].zh })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
