import { useState } from 'react';
import { Card, Flex, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TClassificationReviewItem, TComplaintLabel } from '@shian/shared/complaint-classification';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getClassifierOverview, listCorrections, listForReview } from '../api/complaint-classification-api.ts';
import { CorrectionButton } from '../components/correction-button.tsx';
import { EvaluationCard } from '../components/evaluation-card.tsx';
import { ModelCard } from '../components/model-card.tsx';
import { TryClassifyCard } from '../components/try-classify-card.tsx';
import { formatDateTime } from '../../../components/date-text.ts';
import { COMPLAINT_ISSUE_TYPE_NAMES, COMPLAINT_TRADE_NAMES } from '@shian/shared/complaint';
import { useLang } from '../../../locales/i18n.ts';
import { nameIn } from '../../complaints/components/names.ts';

const PAGE_SIZE = 10;

/** The classifier: active model and its evaluation, retraining, a try-out, the classifications to review and the corrections. */
export function ClassifierPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAuth();
  const [reviewPage, setReviewPage] = useState(1);
  const [labelPage, setLabelPage] = useState(1);
  const overview = useApi((signal) => getClassifierOverview(signal), []);
  const review = useApi((signal) => listForReview({ classifiedBy: 'model', page: reviewPage, pageSize: PAGE_SIZE }, signal), [reviewPage]);
  const labels = useApi((signal) => listCorrections({ page: labelPage, pageSize: PAGE_SIZE }, signal), [labelPage]);
  const error = overview.error ?? review.error ?? labels.error;
  if (error) return <LoadError error={error} onRetry={() => [overview, review, labels].forEach((x) => x.reload())} />;
  if (!overview.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;

  const trade = (label: string | null) => nameIn(COMPLAINT_TRADE_NAMES, label, lang);
  const issue = (label: string | null) => nameIn(COMPLAINT_ISSUE_TYPE_NAMES, label, lang);
  const afterCorrection = () => {
    review.reload();
    labels.reload();
  };
  const afterTraining = () => {
    overview.reload();
    review.reload();
  };

  return (
    <Flex vertical gap={12}>
      <ModelCard overview={overview.data} canTrain={can('complaint.manage')} onTrained={afterTraining} />
      {overview.data.active.evaluation && <EvaluationCard evaluation={overview.data.active.evaluation} />}
      <TryClassifyCard />
      <Card title={t('complaintClassification.review')}>
        <List
          loading={review.loading}
          dataSource={review.data?.items ?? []}
          locale={{ emptyText: t('complaintClassification.reviewEmpty') }}
          pagination={review.data && review.data.total > PAGE_SIZE ? { current: reviewPage, pageSize: PAGE_SIZE, total: review.data.total, size: 'small', onChange: setReviewPage } : false}
          renderItem={(c: TClassificationReviewItem) => (
            <List.Item key={c.id} data-testid="classification-review-item" actions={[<CorrectionButton key="correct" complaint={c} onSaved={afterCorrection} />]}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{c.registrationNo}</Typography.Text>
                  <Tag>{trade(c.trade)}</Tag>
                  <Tag>{issue(c.issueType)}</Tag>
                  {c.classificationConfidence !== null && (
                    <Typography.Text type="secondary">{`${t('complaintClassification.confidence')} ${(c.classificationConfidence * 100).toFixed(0)}%`}</Typography.Text>
                  )}
                </Flex>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                  {c.description}
                </Typography.Paragraph>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('complaintClassification.corrections')}>
        <List
          loading={labels.loading}
          dataSource={labels.data?.items ?? []}
          locale={{ emptyText: t('complaintClassification.correctionsEmpty') }}
          pagination={labels.data && labels.data.total > PAGE_SIZE ? { current: labelPage, pageSize: PAGE_SIZE, total: labels.data.total, size: 'small', onChange: setLabelPage } : false}
          renderItem={(l: TComplaintLabel) => (
            <List.Item key={l.id} data-testid="classification-correction">
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} wrap align="center">
                  {l.registrationNo && <Typography.Text strong>{l.registrationNo}</Typography.Text>}
                  <Tag color="green">{trade(l.trade)}</Tag>
                  <Tag color="green">{issue(l.issueType)}</Tag>
                  {(l.previousTrade || l.previousIssueType) && (
                    <Typography.Text type="secondary">{`${t('complaintClassification.from')} ${trade(l.previousTrade)} / ${issue(l.previousIssueType)}`}</Typography.Text>
                  )}
                </Flex>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                  {l.text}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{t('complaintClassification.correctedBy', { name: l.labelledByName ?? '—', at: formatDateTime(l.createdAt) })}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
