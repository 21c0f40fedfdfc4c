import { useEffect, useState } from 'react';
import { Button, Card, Grid, Menu, Progress, Result, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleFilled, CheckOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useApi } from '../../../api/use-api.ts';
import { useAction } from '../../../components/use-action.ts';
import { downloadCourseAttachment, getCourse, markLessonDone } from '../api/training-api.ts';

const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The lesson reader: the lessons in order, the article or guidance text, "mark as read"; one column on a phone. */
export function CoursePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const course = useApi((signal) => getCourse(id, signal), [id]);
  const { busy, run } = useAction();
  const [current, setCurrent] = useState<string>();
  const data = course.data;

  useEffect(() => {
    if (data && !current) setCurrent((data.lessons.find((l) => !l.doneAt) ?? data.lessons[0])?.key);
  }, [data, current]);

  if (course.error) return <LoadError error={course.error} onRetry={course.reload} />;
  if (!data) return <Card loading />;
  const index = Math.max(
    0,
    data.lessons.findIndex((l) => l.key === current),
  );
  const lesson = data.lessons[index];
  const percent = data.lessonCount ? Math.round((data.doneCount / data.lessonCount) * 100) : 0;

  async function done() {
    if (!lesson) return;
    const summary = await run(() => markLessonDone(data!.id, lesson.key));
    if (summary) course.reload();
  }

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={current ? [current] : []}
      onClick={(e) => setCurrent(e.key)}
      items={data.lessons.map((l, i) => ({
        key: l.key,
        label: `${i + 1}. ${l.title}`,
        icon: l.doneAt ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : undefined,
      }))}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }} size={4}>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }} onClick={() => navigate('/training/mine')}>
            {t('training.back')}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="course-title">
            {data.title}
          </Typography.Title>
          <Typography.Text type="secondary">{data.summary}</Typography.Text>
          <Progress percent={percent} size="small" data-testid="course-progress" format={() => t('training.progress', { done: data.doneCount, total: data.lessonCount })} />
        </Space>
      </Card>
      <div style={{ display: 'flex', gap: 12, flexDirection: screens.md ? 'row' : 'column' }}>
        <Card size="small" title={t('training.lessons')} style={{ width: screens.md ? 260 : '100%', flex: 'none' }} styles={{ body: { padding: 4 } }}>
          {menu}
        </Card>
        {lesson ? (
          <Card
            size="small"
            style={{ flex: 1, minWidth: 0 }}
            title={
              <Space wrap>
                <span data-testid="lesson-title">{lesson.title}</span>
                <Tag>{t(`training.lessonKinds.${lesson.kind}`)}</Tag>
              </Space>
            }
          >
            {lesson.source && (
              <Typography.Paragraph type="secondary">
                {t('training.source')}：《{lesson.source.title}》{lesson.source.number ?? ''}
              </Typography.Paragraph>
            )}
            <div data-testid="lesson-body" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, fontSize: 15, wordBreak: 'break-word' }}>
              {lesson.body}
            </div>
            {lesson.files.length > 0 && (
              <div data-testid="lesson-attachments" style={{ marginTop: 12 }}>
                <Typography.Text strong>{t('training.attachments')}</Typography.Text>
                {lesson.files.map((file) => (
                  <div key={file.id}>
                    <Button
                      type="link"
                      icon={<PaperClipOutlined />}
                      style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                      onClick={() => void run(() => downloadCourseAttachment(data.id, file))}
                    >
                      {file.name}
                    </Button>
                    <Typography.Text type="secondary"> {fileSize(file.size)}</Typography.Text>
                  </div>
                ))}
              </div>
            )}
            <Space wrap style={{ marginTop: 16 }}>
              {lesson.doneAt ? (
                <Tag icon={<CheckOutlined />} color="success" data-testid="lesson-done">
                  {t('training.doneAt', { at: formatDateTime(lesson.doneAt) })}
                </Tag>
              ) : (
                <Button type="primary" icon={<CheckOutlined />} loading={busy} onClick={() => void done()} data-testid="lesson-mark-done">
                  {t('training.markDone')}
                </Button>
              )}
              {index > 0 && <Button onClick={() => setCurrent(data.lessons[index - 1]!.key)}>{t('training.prevLesson')}</Button>}
              {index < data.lessons.length - 1 && <Button onClick={() => setCurrent(data.lessons[index + 1]!.key)}>{t('training.nextLesson')}</Button>}
            </Space>
          </Card>
        ) : (
          <Result status="info" title={t('training.learnEmpty')} />
        )}
      </div>
    </Space>
  );
}
