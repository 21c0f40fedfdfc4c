import { useState } from 'react';
import { Button, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EXAM_AUDIENCES } from '@shian/shared/exam-question';
import type { TCourseDetail, TCourseSummary } from '@shian/shared/training';
import { formatDateTime } from '../../../components/date-text.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';
import { getCourse, manageCourses } from '../api/training-api.ts';
import { CourseDrawer } from '../components/course-drawer.tsx';

/** The department's courses, drafts included; the editor opens in a drawer. */
export function CourseListPage() {
  const { t } = useTranslation();
  const { run } = useAction();
  const list = useList({ params: { audience: oneOf(EXAM_AUDIENCES), q: text(100) } }, ({ filters, page, pageSize }, signal) =>
    manageCourses({ ...filters, page, pageSize }, signal),
  );
  const [editing, setEditing] = useState<TCourseDetail | null | undefined>(undefined);
  const open = async (id: string) => {
    const course = await run(() => getCourse(id));
    if (course) setEditing(course);
  };
  return (
    <ListShell
      list={list}
      title={t('training.coursesTitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="course-new">
          {t('training.newCourse')}
        </Button>
      }
      filters={
        <FilterBar>
          <SelectFilter
            list={list}
            name="audience"
            placeholder={t('training.allAudiences')}
            style={{ width: 150 }}
            options={EXAM_AUDIENCES.map((a) => ({ value: a, label: t(`training.audiences.${a}`) }))}
          />
          <SearchFilter list={list} name="q" placeholder={t('training.title')} style={{ width: 220 }} />
        </FilterBar>
      }
      table={{ rowKey: 'id', scroll: { x: 'max-content' }, size: 'small' }}
      columns={[
        {
          title: t('training.title'),
          dataIndex: 'title',
          render: (title: string, c: TCourseSummary) => (
            <Button type="link" style={{ padding: 0 }} onClick={() => void open(c.id)}>
              {title}
            </Button>
          ),
        },
        { title: t('training.audience'), dataIndex: 'audiences', render: (a: TCourseSummary['audiences']) => a.map((x) => <Tag key={x}>{t(`training.audiences.${x}`)}</Tag>) },
        { title: t('training.lessons'), dataIndex: 'lessonCount', render: (n: number) => t('training.lessonCount', { count: n }) },
        {
          title: t('training.status'),
          dataIndex: 'published',
          render: (p: boolean) => (p ? <Tag color="green">{t('training.published')}</Tag> : <Tag>{t('training.draft')}</Tag>),
        },
        { title: t('training.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v) },
      ]}
    >
      <CourseDrawer
        open={editing !== undefined}
        course={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          list.reload();
        }}
      />
    </ListShell>
  );
}
