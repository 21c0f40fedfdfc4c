import { Card, Flex, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TClassificationReviewItem, TComplaintLabel } from '@shian/shared/complaint-classification';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { getClassifierOverview, listCorrections, listForReview } from '../api/complaint-classification-api.ts';
import { CorrectionButton } from '../components/correction-button.tsx';
import { EvaluationCard } from '../components/evaluation-card.tsx';
import { ModelCard } from '../components/model-card.tsx';
import { TryClassifyCard } from '../components/try-classify-card.tsx';
import { formatDateTime } from '../../../components/date-text.ts';
import { COMPLAINT_ISSUE_TYPE_NAMES, COMPLAINT_TRADE_NAMES } from '@shian/shared/complaint';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';

const PAGE_SIZE = 10;

/** The classifier: active model and its evaluation, retraining, a try-out, the classifications to review and the corrections. */
export function ClassifierPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAuth();
  const overview = useApi((signal) => getClassifierOverview(signal), []);
  // Two lists on one page: each pages under its own prefix (?review.page=2&labels.page=3).
  const review = useList({ params: {}, pageSize: PAGE_SIZE, prefix: 'review.' }, ({ page, pageSize }, signal) => listForReview({ classifiedBy: 'model', page, pageSize }, signal));
  const labels = useList({ params: {}, pageSize: PAGE_SIZE, prefix: 'labels.' }, ({ page, pageSize }, signal) => listCorrections({ page, pageSize }, signal));
  if (overview.error) return <LoadError error={overview.error} onRetry={overview.reload} />;
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
        <ListShell
          list={review}
          emptyText={t('complaintClassification.reviewEmpty')}
          pagination={{ size: 'small' }}
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
        <ListShell
          list={labels}
          emptyText={t('complaintClassification.correctionsEmpty')}
          pagination={{ size: 'small' }}
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
