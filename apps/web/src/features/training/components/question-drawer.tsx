import { useEffect, useState } from 'react';
import { AutoComplete, Button, Checkbox, Drawer, Form, Input, Radio, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EXAM_AUDIENCES, JUDGE_OPTIONS, OPTION_LETTERS, QUESTION_KINDS, type TExamQuestionView, type TQuestionKind } from '@shian/shared/exam-question';
import { useAction } from '../../../components/use-action.ts';
import { createQuestion, searchArticles, updateQuestion } from '../api/training-api.ts';

type TValues = { audiences: string[]; category: string; kind: TQuestionKind; stem: string; options: string[]; answer: number[]; articleId?: string | null; explanation?: string };
type TArticleOption = { value: string; label: string };

/** The article picker: searches the law library as one types; shows the current article's label. */
export function ArticleSelect({ value, onChange, initial }: { value?: string | null; onChange?: (v: string | null) => void; initial?: TArticleOption | null }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<TArticleOption[]>(initial ? [initial] : []);
  const [loading, setLoading] = useState(false);
  async function search(q: string) {
    if (!q.trim()) return;
    setLoading(true);
    try {
      const result = await searchArticles(q.trim());
      setOptions(result.items.map((h) => ({ value: h.articleId, label: `《${h.documentTitle}》${h.articleNumber}` })));
    } finally {
      setLoading(false);
    }
  }
  return (
    <Select
      showSearch
      allowClear
      value={value ?? undefined}
      placeholder={t('training.articleSearch')}
      filterOption={false}
      onSearch={(q) => void search(q)}
      loading={loading}
      options={options}
      onChange={(v) => onChange?.(v ?? null)}
      data-testid="article-select"
    />
  );
}

/** Adds or edits a question; a judge question's options are fixed (正确 / 错误). */
export function QuestionDrawer({
  open,
  question,
  categories,
  onClose,
  onSaved,
}: {
  open: boolean;
  question: TExamQuestionView | null;
  categories: string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const { busy, run } = useAction();
  const kind = Form.useWatch('kind', form) ?? 'single';
  const options = (Form.useWatch('options', form) as string[] | undefined) ?? [];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      question
        ? { ...question, explanation: question.explanation }
        : { audiences: ['officer'], category: '', kind: 'single', stem: '', options: ['', '', '', ''], answer: [], articleId: null, explanation: '' },
    );
  }, [open, question, form]);

  function changeKind(next: TQuestionKind) {
    if (next === 'judge') form.setFieldsValue({ options: [...JUDGE_OPTIONS], answer: [0] });
    else if (kind === 'judge') form.setFieldsValue({ options: ['', '', '', ''], answer: [] });
    else form.setFieldsValue({ answer: [] });
  }

  async function save() {
    const values = await form.validateFields();
    const body = {
      audiences: values.audiences as TExamQuestionView['audiences'],
      category: values.category,
      kind: values.kind,
      stem: values.stem,
      options: values.kind === 'judge' ? [...JUDGE_OPTIONS] : values.options,
      answer: [...values.answer].sort((a, b) => a - b),
      articleId: values.articleId ?? null,
      explanation: values.explanation ?? '',
    };
    const saved = await run(() => (question ? updateQuestion(question.id, { ...body, version: question.version }) : createQuestion(body)), t('training.saved'));
    if (saved) onSaved();
  }

  const letters = options.map((o, i) => ({ value: i, label: `${OPTION_LETTERS[i]}${o ? `. ${o}` : ''}` }));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={question ? t('training.editQuestion') : t('training.newQuestion')}
      width={560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('training.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="question-save">
            {t('training.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="audiences" label={t('training.audience')} rules={[{ required: true }]}>
          <Select mode="multiple" options={EXAM_AUDIENCES.map((a) => ({ value: a, label: t(`training.audiences.${a}`) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('training.category')} rules={[{ required: true, whitespace: true }]}>
          <AutoComplete options={categories.map((c) => ({ value: c }))} filterOption />
        </Form.Item>
        <Form.Item name="kind" label={t('training.kind')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))} onChange={(e) => changeKind(e.target.value)} />
        </Form.Item>
        <Form.Item name="stem" label={t('training.stem')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        {kind !== 'judge' && (
          <Form.List name="options">
            {(fields, { add, remove }) => (
              <Form.Item label={t('training.options')}>
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <span>{OPTION_LETTERS[i]}</span>
                    <Form.Item name={field.name} rules={[{ required: true, whitespace: true }]} style={{ marginBottom: 8, width: 420 }}>
                      <Input maxLength={300} />
                    </Form.Item>
                    {fields.length > 2 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                  </Space>
                ))}
                {fields.length < 6 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                    {t('training.addOption')}
                  </Button>
                )}
              </Form.Item>
            )}
          </Form.List>
        )}
        <Form.Item name="answer" label={t('training.answer')} rules={[{ required: true, type: 'array', min: kind === 'multiple' ? 2 : 1 }]}>
          {kind === 'multiple' ? (
            <Checkbox.Group options={letters} />
          ) : (
            <AnswerRadio options={kind === 'judge' ? JUDGE_OPTIONS.map((o, i) => ({ value: i, label: o })) : letters} />
          )}
        </Form.Item>
        <Form.Item name="articleId" label={t('training.article')}>
          <ArticleSelect initial={question?.article ? { value: question.article.id, label: `《${question.article.documentTitle}》${question.article.articleNumber}` } : null} />
        </Form.Item>
        <Form.Item name="explanation" label={t('training.explanation')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** A radio group whose form value is a one-element array (the answer indexes). */
function AnswerRadio({ value, onChange, options }: { value?: number[]; onChange?: (v: number[]) => void; options: { value: number; label: string }[] }) {
  return <Radio.Group value={value?.[0]} onChange={(e) => onChange?.([e.target.value as number])} options={options} />;
}
