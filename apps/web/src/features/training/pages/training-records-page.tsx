import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TTrainingRecord } from '@shian/shared/training';
import { ROLE_NAMES } from '@shian/shared/dictionary';
import { formatDateTime } from '../../../components/date-text.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { matching, UUID } from '../../../components/list-shell/list-params.ts';
import { useList } from '../../../components/list-shell/use-list.ts';
import { trainingRecords } from '../api/training-api.ts';

/** Learners' records per course: the department and leaders see everyone, others themselves. */
export function TrainingRecordsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useList({ params: { userId: matching(UUID), courseId: matching(UUID) } }, ({ filters, page, pageSize }, signal) =>
    trainingRecords({ ...filters, page, pageSize }, signal),
  );
  return (
    <ListShell
      list={list}
      title={t('training.recordsTitle')}
      emptyText={t('training.recordsEmpty')}
      table={{ rowKey: (r) => `${r.userId}/${r.courseId}`, scroll: { x: 'max-content' }, size: 'small' }}
      columns={[
        { title: t('training.learner'), dataIndex: 'userName' },
        { title: t('training.role'), dataIndex: 'role', render: (r: string) => nameIn(ROLE_NAMES, r, lang) },
        { title: t('training.course'), dataIndex: 'courseTitle' },
        {
          title: t('training.lessons'),
          key: 'progress',
          width: 220,
          render: (_: unknown, r: TTrainingRecord) => (
            <Progress size="small" percent={Math.round((r.doneCount / Math.max(1, r.lessonCount)) * 100)} format={() => `${r.doneCount}/${r.lessonCount}`} />
          ),
        },
        { title: t('training.lastDoneAt'), dataIndex: 'lastDoneAt', render: (v: string | null) => formatDateTime(v) },
      ]}
    />
  );
}
