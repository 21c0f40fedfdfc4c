import { useEffect } from 'react';
import { Button, Card, Drawer, Form, Input, Select, Space, Switch, Typography, Upload } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EXAM_AUDIENCES } from '@shian/shared/exam-question';
import { COURSE_ATTACHMENT_ACCEPT, LESSON_KINDS, type TCourseAttachment, type TCourseDetail, type TCourseInput, type TLessonKind } from '@shian/shared/training';
import { useApi } from '../../../api/use-api.ts';
import { useAction } from '../../../components/use-action.ts';
import { createCourse, guidanceOptions, updateCourse, uploadCourseAttachment } from '../api/training-api.ts';
import { ArticleSelect } from './question-drawer.tsx';

type TLessonValues = {
  key: string;
  title: string;
  kind: TLessonKind;
  articleId?: string | null;
  guidanceId?: string | null;
  body?: string | null;
  articleLabel?: string;
  files?: TCourseAttachment[];
};
type TValues = { title: string; audiences: TCourseInput['audiences']; summary: string; published: boolean; lessons: TLessonValues[] };

/** A key no lesson of the course has yet (keys stay fixed: learners' progress names them). */
const nextKey = (lessons: TLessonValues[]) => {
  let n = lessons.length + 1;
  while (lessons.some((l) => l.key === `l${n}`)) n += 1;
  return `l${n}`;
};

/** A lesson's attachments: each file is uploaded at once and kept in the lesson when the course is saved. */
function LessonAttachments({ value = [], onChange, testId }: { value?: TCourseAttachment[]; onChange?: (files: TCourseAttachment[]) => void; testId: string }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={4}>
      <Upload
        accept={COURSE_ATTACHMENT_ACCEPT}
        multiple
        fileList={value.map((f) => ({ uid: f.id, name: f.name, size: f.size, status: 'done' as const }))}
        onRemove={(file) => onChange?.(value.filter((f) => f.id !== file.uid))}
        customRequest={({ file }) =>
          void run(async () => {
            const uploaded = await uploadCourseAttachment(file as File);
            onChange?.([...value, uploaded]);
          })
        }
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy} disabled={value.length >= 10} data-testid={testId}>
          {t('training.uploadAttachment')}
        </Button>
      </Upload>
      <Typography.Text type="secondary">{t('training.attachmentHint')}</Typography.Text>
    </Space>
  );
}

/** The course editor: lessons from law articles (searched in the library), guidance documents or text. */
export function CourseDrawer({ open, course, onClose, onSaved }: { open: boolean; course: TCourseDetail | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const { busy, run } = useAction();
  const guidance = useApi((signal) => guidanceOptions(undefined, signal), []);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      course
        ? {
            title: course.title,
            audiences: course.audiences,
            summary: course.summary,
            published: course.published,
            lessons: course.lessons.map((l) => ({ ...l, articleLabel: l.source && l.kind === 'article' ? `《${l.source.title}》${l.source.number ?? ''}` : undefined })),
          }
        : { title: '', audiences: ['principal', 'director', 'officer'], summary: '', published: false, lessons: [{ key: 'l1', title: '', kind: 'article' }] },
    );
  }, [open, course, form]);

  async function save() {
    const values = await form.validateFields();
    const body: TCourseInput = {
      title: values.title,
      audiences: values.audiences,
      summary: values.summary ?? '',
      published: values.published,
      lessons: values.lessons.map((l) => ({
        key: l.key,
        title: l.title,
        kind: l.kind,
        ...(l.kind === 'article' ? { articleId: l.articleId } : {}),
        ...(l.kind === 'guidance' ? { guidanceId: l.guidanceId } : {}),
        ...(l.kind === 'text' ? { body: l.body } : {}),
        attachments: (l.files ?? []).map((f) => f.id),
      })),
    };
    const saved = await run(() => (course ? updateCourse(course.id, { ...body, version: course.version }) : createCourse(body)), t('training.saved'));
    if (saved) onSaved();
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={720}
      destroyOnHidden
      title={course ? t('training.editCourse') : t('training.newCourse')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('training.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="course-save">
            {t('training.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="title" label={t('training.title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="audiences" label={t('training.audience')} rules={[{ required: true }]}>
          <Select mode="multiple" options={EXAM_AUDIENCES.map((a) => ({ value: a, label: t(`training.audiences.${a}`) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('training.summary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="published" label={t('training.publish')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.List name="lessons">
          {(fields, { add, remove, move }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  title={`${t('training.lessons')} ${i + 1}`}
                  extra={
                    <Space>
                      {i > 0 && <Button size="small" icon={<ArrowUpOutlined />} onClick={() => move(i, i - 1)} />}
                      {i < fields.length - 1 && <Button size="small" icon={<ArrowDownOutlined />} onClick={() => move(i, i + 1)} />}
                      {fields.length > 1 && <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} />}
                    </Space>
                  }
                >
                  <Form.Item name={[field.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Space wrap style={{ width: '100%' }} align="start">
                    <Form.Item name={[field.name, 'kind']} label={t('training.lessonKind')} rules={[{ required: true }]}>
                      <Select style={{ width: 120 }} options={LESSON_KINDS.map((k) => ({ value: k, label: t(`training.lessonKinds.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'title']} label={t('training.lessonTitle')} rules={[{ required: true, whitespace: true }]}>
                      <Input style={{ width: 400 }} maxLength={200} />
                    </Form.Item>
                  </Space>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const kind = form.getFieldValue(['lessons', field.name, 'kind']) as TLessonKind;
                      const label = form.getFieldValue(['lessons', field.name, 'articleLabel']) as string | undefined;
                      const articleId = form.getFieldValue(['lessons', field.name, 'articleId']) as string | undefined;
                      if (kind === 'article')
                        return (
                          <Form.Item name={[field.name, 'articleId']} label={t('training.article')} rules={[{ required: true }]}>
                            <ArticleSelect initial={articleId && label ? { value: articleId, label } : null} />
                          </Form.Item>
                        );
                      if (kind === 'guidance')
                        return (
                          <Form.Item name={[field.name, 'guidanceId']} label={t('training.guidanceSearch')} rules={[{ required: true }]}>
                            <Select showSearch optionFilterProp="label" options={(guidance.data ?? []).map((g) => ({ value: g.id, label: g.title }))} />
                          </Form.Item>
                        );
                      return (
                        <Form.Item name={[field.name, 'body']} label={t('training.body')} rules={[{ required: true, whitespace: true }]}>
                          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
                        </Form.Item>
                      );
                    }}
                  </Form.Item>
                  <Form.Item name={[field.name, 'files']} label={t('training.attachments')} style={{ marginBottom: 0 }}>
                    <LessonAttachments testId={`lesson-upload-${i}`} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ key: nextKey(form.getFieldValue('lessons') ?? []), title: '', kind: 'text' })}>
                {t('training.addLesson')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
