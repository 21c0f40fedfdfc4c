import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TExamSummary } from '@shian/shared/exam';
import { formatDateTime } from '../../../components/date-text.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listMyExams } from '../api/exams-api.ts';
import { ResultTag } from '../components/result-tag.tsx';

/** 我的成绩: a business sees its managers' exams and spot exams, a staff user the exams they sat; each opens its result. */
export function MyExamsPage() {
  const { t } = useTranslation();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listMyExams({ page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      title={t('exams.mineTitle')}
      emptyText={t('exams.mineEmpty')}
      pagination={{ size: 'small' }}
      testId="my-exams"
      renderItem={(e: TExamSummary) => (
        <List.Item key={e.id} extra={<ResultTag exam={e} />}>
          <List.Item.Meta
            title={<Link to={`/exams/${e.id}`}>{`${e.candidateName} · ${t(`exams.audiences.${e.audience}`)}`}</Link>}
            description={
              <Typography.Text type="secondary">
                {`${t(`exams.kinds.${e.kind}`)} · ${formatDateTime(e.submittedAt ?? e.startedAt)}`}
                {e.retakeBy ? ` · ${t('exams.retakeBy', { date: e.retakeBy })}` : ''}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
