import { Button, Card, List, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TCourseSummary } from '@shian/shared/training';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { myCourses } from '../api/training-api.ts';

/** 我的学习: the published courses for the learner's audience as cards with progress bars; phone first. */
export function MyLearningPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => myCourses({ page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      title={t('training.learnTitle')}
      emptyText={t('training.learnEmpty')}
      grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 3 }}
      testId="my-courses"
      renderItem={(c: TCourseSummary) => {
        const percent = c.lessonCount ? Math.round((c.doneCount / c.lessonCount) * 100) : 0;
        return (
          <List.Item key={c.id}>
            <Card size="small" title={c.title} data-testid="course-card" hoverable onClick={() => navigate(`/training/courses/${c.id}`)}>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                  {c.summary}
                </Typography.Paragraph>
                <div>
                  {c.audiences.map((a) => (
                    <Tag key={a}>{t(`training.audiences.${a}`)}</Tag>
                  ))}
                </div>
                <Progress percent={percent} size="small" format={() => t('training.progress', { done: c.doneCount, total: c.lessonCount })} />
                <Button type={percent === 100 ? 'default' : 'primary'} block>
                  {percent === 100 ? t('training.review') : c.doneCount ? t('training.continue') : t('training.startLearning')}
                </Button>
              </Space>
            </Card>
          </List.Item>
        );
      }}
    />
  );
}
