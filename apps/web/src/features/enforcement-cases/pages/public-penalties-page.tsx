import { useState } from 'react';
import { Card, Flex, List, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useApi } from '../../../api/use-api.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { getPublicPenalty, listPublicPenalties } from '../api/cases-api.ts';

/** Published penalty decisions, personal data removed, for anyone. */
export function PublicPenaltiesPage() {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useList({ params: { q: text() } }, ({ filters, page, pageSize }, signal) => listPublicPenalties({ ...filters, page, pageSize }, signal));
  return (
    <PublicPage title={t('enforcementCases.public.title')}>
      <SearchFilter list={list} name="q" placeholder={t('enforcementCases.public.search')} data-testid="public-penalty-search" />
      <Card>
        <ListShell
          list={list}
          emptyText={t('enforcementCases.public.empty')}
          pagination={{ size: 'small' }}
          renderItem={(p) => (
            <List.Item key={p.id} data-testid="public-penalty" onClick={() => setOpenId(p.id)} style={{ cursor: 'pointer' }}>
              <Flex vertical gap={4}>
                <Flex gap={8} wrap>
                  <Typography.Text strong>{p.partyName}</Typography.Text>
                  <Tag>{p.decisionNo}</Tag>
                </Flex>
                <Typography.Text>{`${p.legalBasis} · ${p.kinds.map((k) => t(`enforcementCases.kinds.${k}`)).join('、')}${p.fineAmount ? ` · ${p.fineAmount.toLocaleString()} 元` : ''}`}</Typography.Text>
                <Typography.Text type="secondary">{`${t('enforcementCases.public.decidedOn')} ${p.decidedOn}`}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {openId && <PenaltyText id={openId} onClose={() => setOpenId(null)} />}
    </PublicPage>
  );
}

function PenaltyText({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data } = useApi((signal) => getPublicPenalty(id, signal), [id]);
  return (
    <Modal open title={t('enforcementCases.public.text')} onCancel={onClose} footer={null} width={720}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="public-penalty-text">
        {data?.text}
      </Typography.Paragraph>
    </Modal>
  );
}
