import { Alert, Button, Card, Flex, List, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { OPTION_LETTERS } from '@shian/shared/exam-question';
import type { TExam, TExamReviewItem } from '@shian/shared/exam';
import { formatDateTime } from '../../../components/date-text.ts';

const letters = (answer: number[]) => answer.map((i) => OPTION_LETTERS[i] ?? '?').join('');

function WrongItem({ item, n }: { item: TExamReviewItem; n: number }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="exam-wrong">
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Typography.Text strong>{`${n}. ${item.stem}`}</Typography.Text>
        {item.options.map((option, i) => (
          <Typography.Text key={i} type={item.answer.includes(i) ? 'success' : undefined}>{`${OPTION_LETTERS[i]}. ${option}`}</Typography.Text>
        ))}
        <Flex gap={8} wrap>
          <Tag color="red">{t('exams.yourAnswer', { answer: item.chosen.length ? letters(item.chosen) : t('exams.noAnswer') })}</Tag>
          <Tag color="green" data-testid="exam-right-answer">
            {t('exams.rightAnswer', { answer: letters(item.answer) })}
          </Tag>
        </Flex>
        {item.article && (
          <Alert
            type="info"
            data-testid="exam-basis"
            message={<Link to={`/laws/articles/${item.article.id}`}>{`${t('exams.basis')}：《${item.article.title}》${item.article.articleNumber}`}</Link>}
            description={
              <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
                {item.article.body}
              </Typography.Paragraph>
            }
          />
        )}
      </Flex>
    </List.Item>
  );
}

/** The result after submission: score, pass or fail, and each wrong answer with the key and the article it rests on. */
export function ExamResult({ exam }: { exam: TExam }) {
  const { t } = useTranslation();
  const again = exam.kind === 'online' && !exam.passed ? `/exams/take?audience=${exam.audience}${exam.personnelId ? `&personnelId=${exam.personnelId}` : ''}` : null;
  return (
    <Flex vertical gap={12} data-testid="exam-result">
      <Card size="small">
        <Result
          status={exam.passed ? 'success' : 'error'}
          title={
            <span data-testid="exam-verdict">
              {exam.passed ? t('exams.passed') : t('exams.failed')} · {t('exams.score', { score: exam.score })}
            </span>
          }
          subTitle={
            <Flex vertical>
              <span>{`${exam.candidateName} · ${t(`exams.audiences.${exam.audience}`)} · ${t(`exams.kinds.${exam.kind}`)}`}</span>
              <span>{t('exams.correctOf', { correct: exam.correct, total: exam.questionCount, pass: exam.passPercent })}</span>
              <span>{formatDateTime(exam.submittedAt)}</span>
            </Flex>
          }
          extra={
            <>
              {again && (
                <Link to={again}>
                  <Button type="primary">{t('exams.again')}</Button>
                </Link>
              )}
              {exam.inspectionId && (
                <Link to={`/inspections/${exam.inspectionId}`}>
                  <Button data-testid="exam-back-to-inspection">{t('exams.backToInspection')}</Button>
                </Link>
              )}
            </>
          }
        />
        {exam.retakeBy && <Alert type="warning" showIcon message={t('exams.retakeBy', { date: exam.retakeBy })} data-testid="exam-retake-by" />}
      </Card>
      <Card size="small" title={exam.wrong.length ? t('exams.wrongTitle', { n: exam.wrong.length }) : t('exams.noWrong')}>
        <List dataSource={exam.wrong} renderItem={(item) => <WrongItem item={item} n={exam.questions.findIndex((q) => q.id === item.id) + 1} />} />
      </Card>
    </Flex>
  );
}
