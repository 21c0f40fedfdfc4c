import { useState } from 'react';
import { Card, Flex, Input, List, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EXIT_REASON_NAMES, type TPublicCreditRecord } from '@shian/shared/credit';
import { OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import { useApi } from '../../../api/use-api.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { useLang } from '../../../lib/i18n.ts';
import { getPublicCredit, searchPublicCredit } from '../api/credit-api.ts';
import { CreditStatusTag, groundText } from '../components/credit-tags.tsx';
import { InspectionsSection, LicencesSection, PenaltiesSection, SamplesSection } from '../components/record-sections.tsx';

/** Citizens look a business up by name or credit code and read its published credit record; no sign-in. */
export function PublicCreditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  return (
    <PublicPage title={t('credit.public.title')}>
      {id ? <PublicRecord id={id} /> : <PublicSearch />}
      <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
        {t('credit.public.footer')}
      </Typography.Text>
    </PublicPage>
  );
}

function PublicSearch() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, error, loading } = useApi((signal) => (q ? searchPublicCredit(q, signal) : Promise.resolve(null)), [q]);
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('credit.public.intro')}</Typography.Paragraph>
      <Input.Search
        placeholder={t('credit.public.placeholder')}
        enterButton={t('credit.public.search')}
        onSearch={(v) => setQ(v.trim())}
        allowClear
        data-testid="public-credit-search"
      />
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      {data && (
        <List
          loading={loading}
          dataSource={data}
          locale={{ emptyText: t('credit.public.noHits') }}
          renderItem={(h) => (
            <List.Item key={h.id} data-testid="public-credit-hit">
              <Flex vertical gap={2}>
                <Link to={`/p/credit/${h.id}`}>
                  <Typography.Text strong>{h.name}</Typography.Text>
                </Link>
                <Typography.Text type="secondary">{`${h.uscc} · ${h.unitName}`}</Typography.Text>
                <div>
                  <CreditStatusTag status={h.status} />
                </div>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function PublicRecord({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error } = useApi((signal) => getPublicCredit(id, signal), [id]);
  if (error) return <Result status={error.status === 404 ? '404' : 'error'} title={error.message} extra={<Link to="/p/credit">{t('credit.public.back')}</Link>} />;
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const r: TPublicCreditRecord = data;
  const type = OPERATOR_TYPE_NAMES[r.operator.type];
  return (
    <Flex vertical gap={12}>
      <Card size="small" extra={<Link to="/p/credit">{t('credit.public.back')}</Link>}>
        <Flex vertical gap={4}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-credit-name">
            {r.operator.name}
          </Typography.Title>
          <Typography.Text type="secondary">{`${t('credit.uscc')}：${r.operator.uscc}`}</Typography.Text>
          <Typography.Text type="secondary">{`${lang === 'en' ? type.en : type.zh} · ${r.operator.unitName} · ${r.operator.address}`}</Typography.Text>
          <div>
            <CreditStatusTag status={r.status} />
          </div>
        </Flex>
      </Card>
      <Card title={t('credit.sections.entries')} size="small" data-testid="public-credit-entries">
        <List
          size="small"
          dataSource={r.listEntries}
          locale={{ emptyText: t('credit.public.noEntries') }}
          renderItem={(e) => (
            <List.Item>
              <Flex vertical gap={2}>
                <Typography.Text strong>{`${t('credit.public.listedSince', { date: e.listedOn })} · ${e.authority}`}</Typography.Text>
                <Typography.Text>{e.grounds.map((g) => groundText(g, lang)).join('；')}</Typography.Text>
                {e.exitedOn && e.exitReason && (
                  <Typography.Text type="success">
                    {t('credit.entry.exited', { date: e.exitedOn, reason: lang === 'en' ? EXIT_REASON_NAMES[e.exitReason].en : EXIT_REASON_NAMES[e.exitReason].zh })}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <LicencesSection licences={r.licences} />
      <PenaltiesSection penalties={r.penalties} />
      <InspectionsSection inspections={r.inspections} />
      <SamplesSection samples={r.samples} />
    </Flex>
  );
}
