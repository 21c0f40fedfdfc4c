import { useState } from 'react';
import { Button, Card, Descriptions, Flex, List, Spin, Tag, Timeline, Typography } from 'antd';
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EVIDENCE_KIND_NAMES, type TCaseAction, type TCaseClock, type TCaseDetail } from '@shian/shared/enforcement-case';
import type { TPermission } from '@shian/shared/access';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { downloadDecision, downloadEvidence, downloadFilingForm, getCase } from '../api/cases-api.ts';
import { CaseActionModal } from './case-action-modal.tsx';
import { PenaltyDescription } from './penalty-description.tsx';
import { STATUS_COLORS } from './case-list-page.tsx';
import type enforcementCasesZh from '../enforcement-cases.zh-CN.json';
import { formatDateTime } from '../../../components/date-text.ts';

type TStepKind = keyof typeof enforcementCasesZh.stepKinds;

const NEEDS: Record<TCaseAction, TPermission> = {
  approve_filing: 'case.approve',
  approve_decision: 'case.approve',
  approve_extension: 'case.approve',
  add_evidence: 'case.manage',
  notify: 'case.manage',
  record_hearing: 'case.manage',
  propose_decision: 'case.manage',
  deliver: 'case.manage',
  execute: 'case.manage',
  close: 'case.manage',
  transfer: 'case.manage',
  request_extension: 'case.manage',
  publish: 'case.manage',
};

function ClockTag({ clock }: { clock: TCaseClock }) {
  const { t } = useTranslation();
  const name = t(`enforcementCases.clocks.${clock.kind}`);
  if (clock.doneOn) return <Tag color={clock.overdue ? 'orange' : 'green'}>{`${name} · ${t('enforcementCases.clockDone', { date: clock.doneOn })}`}</Tag>;
  if (clock.overdue) return <Tag color="red">{`${name} · ${t('enforcementCases.clockOverdue', { date: clock.dueOn })}`}</Tag>;
  return <Tag color="blue">{`${name} · ${t('enforcementCases.clockDue', { date: clock.dueOn })}`}</Tag>;
}

/** One case: its party, clocks, documents, the steps it allows now, the evidence list and the record of steps. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { data, error, reload, setData } = useApi((signal) => getCase(id, signal), [id]);
  const [action, setAction] = useState<TCaseAction | null>(null);
  const { busy, run } = useAction();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const c: TCaseDetail = data;
  const actions = c.actions.filter((a) => can(NEEDS[a]));

  return (
    <Flex vertical gap={12}>
      <Card title={c.partyName} extra={<Link to="/cases">{t('enforcementCases.back')}</Link>}>
        <Flex gap={4} wrap style={{ marginBottom: 8 }}>
          <Tag color={STATUS_COLORS[c.status]} data-testid="case-status">
            {t(`enforcementCases.status.${c.status}`)}
          </Tag>
          <Tag color={c.online ? 'green' : 'default'}>{c.online ? t('enforcementCases.online') : t('enforcementCases.paper')}</Tag>
          {c.publishedAt && <Tag color="green">{t('enforcementCases.published')}</Tag>}
          {c.clocks.map((clock) => (
            <ClockTag key={clock.kind} clock={clock} />
          ))}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('enforcementCases.cause')}>{c.cause}</Descriptions.Item>
          {c.caseNo && <Descriptions.Item label={t('enforcementCases.caseNo')}>{c.caseNo}</Descriptions.Item>}
          {c.decisionNo && <Descriptions.Item label={t('enforcementCases.decisionNo')}>{c.decisionNo}</Descriptions.Item>}
          {c.partyCode && <Descriptions.Item label={t('enforcementCases.partyCode')}>{c.partyCode}</Descriptions.Item>}
          {c.partyAddress && <Descriptions.Item label={t('enforcementCases.partyAddress')}>{c.partyAddress}</Descriptions.Item>}
          {c.partyRepresentative && <Descriptions.Item label={t('enforcementCases.partyRepresentative')}>{c.partyRepresentative}</Descriptions.Item>}
          <Descriptions.Item label={t('enforcementCases.lead')}>
            <Link to={`/leads/${c.leadId}`}>{c.leadSummary}</Link>
          </Descriptions.Item>
          {c.assessmentReason && <Descriptions.Item label={t('enforcementCases.assessmentReason')}>{c.assessmentReason}</Descriptions.Item>}
          <Descriptions.Item label={t('enforcementCases.filedBy')}>{c.filedByName}</Descriptions.Item>
          {c.handlingUnitName && <Descriptions.Item label={t('enforcementCases.unit')}>{c.handlingUnitName}</Descriptions.Item>}
        </Descriptions>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button icon={<FileWordOutlined />} loading={busy} onClick={() => void run(() => downloadFilingForm(c.id))} data-testid="download-filing-form">
            {t('enforcementCases.filingForm')}
          </Button>
          {c.outcome && (
            <Button icon={<FileWordOutlined />} loading={busy} onClick={() => void run(() => downloadDecision(c.id))} data-testid="download-decision">
              {t('enforcementCases.decisionDocument')}
            </Button>
          )}
        </Flex>
      </Card>
      {actions.length > 0 && (
        <Card size="small">
          <Flex gap={8} wrap>
            {actions.map((a) => (
              <Button
                key={a}
                type={a.startsWith('approve') || a === 'notify' || a === 'propose_decision' ? 'primary' : 'default'}
                onClick={() => setAction(a)}
                data-testid={`case-action-${a}`}
              >
                {t(`enforcementCases.actions.${a}`)}
              </Button>
            ))}
          </Flex>
        </Card>
      )}
      {c.notice && (
        <Card title={`${t('enforcementCases.notice')} · ${c.noticeOn}`} size="small">
          <PenaltyDescription penalty={c.notice} full />
          <Typography.Paragraph>{c.statement ? `${t('enforcementCases.statement')}：${c.statement}` : t('enforcementCases.statementNone')}</Typography.Paragraph>
          {c.hearingRequested && <Tag color="orange">{t('enforcementCases.hearingRequested')}</Tag>}
          {c.hearingHeldOn && <Typography.Paragraph>{`${t('enforcementCases.hearingHeldOn')} ${c.hearingHeldOn}：${c.hearingRecord ?? ''}`}</Typography.Paragraph>}
        </Card>
      )}
      {c.outcome && (
        <Card title={`${t('enforcementCases.decision')} · ${t(`enforcementCases.outcomes.${c.outcome}`)}`} size="small">
          {c.decision ? <PenaltyDescription penalty={c.decision} full /> : <Typography.Paragraph>{c.noPenaltyReason}</Typography.Paragraph>}
          {c.publishedText && (
            <>
              <Typography.Text strong>{t('enforcementCases.publishedText')}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="case-published-text">
                {c.publishedText}
              </Typography.Paragraph>
            </>
          )}
        </Card>
      )}
      <Card title={t('enforcementCases.evidence')} size="small">
        <List
          dataSource={c.evidence}
          locale={{ emptyText: t('enforcementCases.evidenceEmpty') }}
          renderItem={(e) => (
            <List.Item
              key={e.id}
              actions={[
                <Button key="download" size="small" icon={<DownloadOutlined />} onClick={() => void run(() => downloadEvidence(c.id, e.id, e.fileName))}>
                  {t('enforcementCases.download')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={`${e.title}（${EVIDENCE_KIND_NAMES[e.kind]}）`} description={`${e.collectedOn} · ${e.fileName} · ${Math.ceil(e.size / 1024)} KB`} />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('enforcementCases.steps')} size="small">
        <Timeline
          items={c.steps.map((s) => ({
            color: s.online ? 'green' : 'gray',
            children: (
              <Flex vertical>
                <Typography.Text strong>
                  {t(`enforcementCases.stepKinds.${s.kind as TStepKind}`)} · {s.on}
                  {!s.online && <Tag style={{ marginLeft: 8 }}>{t('enforcementCases.paperStep')}</Tag>}
                </Typography.Text>
                {s.detail && <Typography.Text>{s.detail}</Typography.Text>}
                <Typography.Text type="secondary">{`${s.byName ?? ''} ${formatDateTime(s.at)}`}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
      {action && (
        <CaseActionModal
          action={action}
          detail={c}
          onClose={() => setAction(null)}
          onDone={(next) => {
            setAction(null);
            setData(next);
          }}
        />
      )}
    </Flex>
  );
}
