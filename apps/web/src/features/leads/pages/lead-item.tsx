import type { ReactNode } from 'react';
import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TLead } from '@shian/shared/lead';
import { DueTag, MustTags } from './due-tag.tsx';

/** A lead in a list: its operator (links to the lead), source, `badge`, summary, clock and broken musts. */
export function LeadItem({ lead, badge, testId }: { lead: TLead; badge: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid={testId}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} wrap align="center">
          <Link to={`/leads/${lead.id}`}>
            <Typography.Text strong>{lead.operatorName ?? t('leads.noOperator')}</Typography.Text>
          </Link>
          <Tag>{t(`leads.sources.${lead.source}`)}</Tag>
          {badge}
        </Flex>
        <Typography.Text>{lead.summary}</Typography.Text>
        <Flex gap={4} wrap>
          <Typography.Text type="secondary">{`${t('leads.discoveredOn')} ${lead.discoveredOn}`}</Typography.Text>
          <DueTag lead={lead} />
          <MustTags musts={lead.musts} />
        </Flex>
      </Flex>
    </List.Item>
  );
}
