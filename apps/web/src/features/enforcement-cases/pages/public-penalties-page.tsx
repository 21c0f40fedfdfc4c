import { useState } from 'react';
import { Card, Flex, Input, List, Modal, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { getPublicPenalty, listPublicPenalties } from '../api/cases-api.ts';

/** Published penalty decisions, personal data removed, for anyone. */
export function PublicPenaltiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, error, loading, reload } = useApi((signal) => listPublicPenalties({ q: q || undefined, page, pageSize: 20 }, signal), [q, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          <SafetyCertificateOutlined style={{ color: '#1677ff' }} /> {t('app.shortTitle')} · {t('enforcementCases.public.title')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Input.Search allowClear defaultValue={q} placeholder={t('enforcementCases.public.search')} onSearch={(value) => setParams(value ? { q: value } : {})} data-testid="public-penalty-search" />
      <Card>
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('enforcementCases.public.empty') }}
          pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, size: 'small', onChange: (p) => setParams({ ...(q ? { q } : {}), page: String(p) }) } : false}
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
    </Flex>
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
