// The parts of a credit record, as lists that read on a phone: the staff page and the public page share them.
import type { ReactNode } from 'react';
import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCreditInspection, TCreditLicence, TCreditPenalty, TCreditSample } from '@shian/shared/credit';
import { PENALTY_KIND_NAMES } from '@shian/shared/enforcement-case';
import { LICENCE_KIND_NAMES } from '@shian/shared/dictionary';
import { useLang } from '../../../lib/i18n.ts';
import { formatDateTime } from '../../../components/date-text.ts';

function Section<T>({ title, items, render, testId }: { title: string; items: T[]; render: (item: T) => ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card title={title} size="small" data-testid={testId}>
      <List size="small" dataSource={items} locale={{ emptyText: t('credit.empty') }} renderItem={(item) => <List.Item>{render(item)}</List.Item>} />
    </Card>
  );
}

const LICENCE_COLOR = { valid: 'green', expiring: 'orange', expired: 'red' } as const;

export function LicencesSection({ licences }: { licences: TCreditLicence[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section
      title={t('credit.sections.licences')}
      items={licences}
      testId="credit-licences"
      render={(l) => (
        <Flex vertical>
          <Flex gap={6} wrap align="center">
            <Typography.Text strong>{lang === 'en' ? LICENCE_KIND_NAMES[l.kind].en : LICENCE_KIND_NAMES[l.kind].zh}</Typography.Text>
            <Typography.Text copyable>{l.number}</Typography.Text>
            <Tag color={LICENCE_COLOR[l.state]}>{t(`credit.licence.state.${l.state}`)}</Tag>
          </Flex>
          <Typography.Text type="secondary">{`${l.scope} · ${l.issuedOn} ~ ${l.expiresOn}`}</Typography.Text>
        </Flex>
      )}
    />
  );
}

type TPenaltyItem = Omit<TCreditPenalty, 'caseId'>;

export function PenaltiesSection({ penalties }: { penalties: TPenaltyItem[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const content = (p: TPenaltyItem) =>
    p.kinds
      .map((k) =>
        k === 'fine' && p.fineAmount !== null ? t('credit.penalty.fine', { amount: p.fineAmount }) : lang === 'en' ? PENALTY_KIND_NAMES[k].en : PENALTY_KIND_NAMES[k].zh,
      )
      .join(lang === 'en' ? '; ' : '；');
  return (
    <Section
      title={t('credit.sections.penalties')}
      items={penalties}
      testId="credit-penalties"
      render={(p) => (
        <Flex vertical gap={2}>
          <Flex gap={6} wrap align="center">
            <Typography.Text strong>{p.decisionNo}</Typography.Text>
            <Typography.Text type="secondary">{p.decidedOn}</Typography.Text>
            <Tag color={p.publishedAt ? 'blue' : 'default'}>
              {p.publishedAt ? `${t('credit.penalty.published')} ${formatDateTime(p.publishedAt).slice(0, 10)}` : t('credit.penalty.unpublished')}
            </Tag>
          </Flex>
          <Typography.Text>{content(p)}</Typography.Text>
          <Typography.Text type="secondary">{`${t('credit.penalty.basis')}：${p.legalBasis}`}</Typography.Text>
          {p.summary && <Typography.Paragraph style={{ margin: 0 }}>{p.summary}</Typography.Paragraph>}
        </Flex>
      )}
    />
  );
}

const RESULT_COLOR = { conforming: 'green', basically_conforming: 'orange', nonconforming: 'red' } as const;

export function InspectionsSection({ inspections }: { inspections: (Omit<TCreditInspection, 'id' | 'published'> & { published?: boolean })[] }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('credit.sections.inspections')}
      items={inspections}
      testId="credit-inspections"
      render={(i) => (
        <Flex gap={6} wrap align="center">
          <Typography.Text>{i.inspectedOn}</Typography.Text>
          <Typography.Text type="secondary">{t(`credit.inspection.kind.${i.kind}`)}</Typography.Text>
          <Tag color={RESULT_COLOR[i.result]}>{t(`credit.inspection.result.${i.result}`)}</Tag>
          {i.published === false && <Tag>{t('credit.unpublishedTag')}</Tag>}
        </Flex>
      )}
    />
  );
}

export function SamplesSection({ samples }: { samples: (Omit<TCreditSample, 'id' | 'published'> & { published?: boolean })[] }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('credit.sections.samples')}
      items={samples}
      testId="credit-samples"
      render={(s) => (
        <Flex vertical>
          <Flex gap={6} wrap align="center">
            <Typography.Text>{s.sampledOn}</Typography.Text>
            <Typography.Text strong>{s.productName}</Typography.Text>
            <Tag color={s.verdict === 'conforming' ? 'green' : 'red'}>{t(`credit.sample.verdict.${s.verdict}`)}</Tag>
            {s.published === false && <Tag>{t('credit.unpublishedTag')}</Tag>}
          </Flex>
          {s.failingItems.length > 0 && <Typography.Text type="secondary">{t('credit.sample.failing', { items: s.failingItems.join('、') })}</Typography.Text>}
        </Flex>
      )}
    />
  );
}
