import { Card, Spin, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { COMPLAINT_KIND_NAMES, COMPLAINT_STATUS_NAMES } from '@shian/shared/complaint';
import { useApi } from '../../../api/use-api.ts';
import { useLang } from '../../../lib/i18n.ts';
import { getPublicStatus } from '../api/complaints-api.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { StatusLookup } from './public-complaint-page.tsx';

/** Status only, for anyone holding the registration number: nothing personal, not even the text. */
export function PublicComplaintStatusPage() {
  const { registrationNo = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error, loading } = useApi((signal) => getPublicStatus(registrationNo, signal), [registrationNo]);
  const stages = data
    ? [
        { key: 'received' as const, on: data.receivedOn, due: null },
        ...(data.kind === 'complaint' ? [{ key: 'decided' as const, on: data.decidedOn, due: data.acceptDueOn }] : []),
        { key: 'resolved' as const, on: data.resolvedOn, due: null },
        { key: 'closed' as const, on: data.closedOn, due: null },
      ]
    : [];
  const current = stages.reduce((last, stage, i) => (stage.on ? i : last), 0);
  const steps = stages.map((stage) => ({
    title: t(`complaints.statusSteps.${stage.key}`),
    description: stage.on ?? (stage.due ? t('complaints.statusDue', { date: stage.due }) : ''),
  }));

  return (
    <PublicPage title={t('complaints.statusTitle')} maxWidth={720}>
      <Card title={registrationNo}>
        {loading && <Spin />}
        {error && <Typography.Text type="danger">{error.status === 404 ? t('complaints.notFound') : error.message}</Typography.Text>}
        {data && (
          <>
            <Typography.Paragraph>
              {`${nameIn(COMPLAINT_KIND_NAMES, data.kind, lang)} · `}
              <Typography.Text strong data-testid="public-complaint-status">
                {nameIn(COMPLAINT_STATUS_NAMES, data.status, lang)}
              </Typography.Text>
            </Typography.Paragraph>
            <Steps direction="vertical" size="small" current={current} items={steps} />
            <Typography.Paragraph type="secondary">{t('complaints.statusNote')}</Typography.Paragraph>
          </>
        )}
        <Link to="/p/complaints/new">{t('complaints.newOne')}</Link>
      </Card>
      <StatusLookup />
    </PublicPage>
  );
}
