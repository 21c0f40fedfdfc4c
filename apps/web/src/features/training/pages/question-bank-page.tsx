import { useState } from 'react';
import { Button, Segmented, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EXAM_AUDIENCES, OPTION_LETTERS, QUESTION_KINDS, type TExamQuestionView } from '@shian/shared/exam-question';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';
import { downloadQuestionTemplate, listQuestions, questionCategories, setQuestionActive } from '../api/training-api.ts';
import { QuestionDrawer } from '../components/question-drawer.tsx';
import { QuestionImport } from '../components/question-import.tsx';

const STATUSES = ['active', 'inactive', 'all'] as const;

/** The question bank: filters by audience, category and kind; the department edits, deactivates and imports. */
export function QuestionBankPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const manage = can('training.manage');
  const { run } = useAction();
  const list = useList(
    { params: { audience: oneOf(EXAM_AUDIENCES), category: text(50), kind: oneOf(QUESTION_KINDS), q: text(100), status: oneOf(STATUSES, 'active') } },
    ({ filters, page, pageSize }, signal) => listQuestions({ ...filters, page, pageSize }, signal),
  );
  const categories = useApi((signal) => questionCategories(signal), []);
  const [editing, setEditing] = useState<TExamQuestionView | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const categoryNames = (categories.data ?? []).map((c) => c.category);

  const answerText = (q: TExamQuestionView) => (q.kind === 'judge' ? q.options[q.answer[0]!] : q.answer.map((i) => OPTION_LETTERS[i]).join(''));
  return (
    <ListShell
      list={list}
      title={t('training.bankTitle')}
      extra={
        manage && (
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadQuestionTemplate()}>
              {t('training.template')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="question-import-open">
              {t('training.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="question-new">
              {t('training.newQuestion')}
            </Button>
          </Space>
        )
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
          <SelectFilter
            list={list}
            name="category"
            placeholder={t('training.allCategories')}
            style={{ width: 160 }}
            showSearch
            options={categoryNames.map((c) => ({ value: c, label: c }))}
          />
          <SelectFilter
            list={list}
            name="kind"
            placeholder={t('training.allKinds')}
            style={{ width: 120 }}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))}
          />
          <SearchFilter list={list} name="q" placeholder={t('training.searchStem')} style={{ width: 240 }} />
          <Segmented
            value={list.filters.status}
            onChange={(v) => list.set({ status: v as (typeof STATUSES)[number] })}
            options={STATUSES.map((s) => ({ value: s, label: t(`training.${s === 'all' ? 'statusAll' : s}`) }))}
          />
        </FilterBar>
      }
      table={{ rowKey: 'id', scroll: { x: 'max-content' }, size: 'small' }}
      columns={[
        { title: t('training.kind'), dataIndex: 'kind', width: 90, render: (k: TExamQuestionView['kind']) => <Tag>{t(`training.kinds.${k}`)}</Tag> },
        {
          title: t('training.stem'),
          dataIndex: 'stem',
          width: 420,
          render: (_: string, q: TExamQuestionView) => (
            <div>
              <div>{q.stem}</div>
              {q.kind !== 'judge' && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {q.options.map((o, i) => `${OPTION_LETTERS[i]}. ${o}`).join('　')}
                </Typography.Text>
              )}
            </div>
          ),
        },
        { title: t('training.answer'), key: 'answer', width: 70, render: (_: unknown, q: TExamQuestionView) => <strong>{answerText(q)}</strong> },
        { title: t('training.category'), dataIndex: 'category', width: 110 },
        {
          title: t('training.audience'),
          dataIndex: 'audiences',
          width: 200,
          render: (a: TExamQuestionView['audiences']) => a.map((x) => <Tag key={x}>{t(`training.audiences.${x}`)}</Tag>),
        },
        { title: t('training.article'), dataIndex: 'article', width: 200, render: (a: TExamQuestionView['article']) => (a ? `《${a.shortTitle}》${a.articleNumber}` : '—') },
        {
          title: t('training.status'),
          key: 'actions',
          width: 140,
          fixed: 'right',
          render: (_: unknown, q: TExamQuestionView) => (
            <Space size={4}>
              {!q.active && <Tag color="default">{t('training.inactive')}</Tag>}
              {manage && (
                <>
                  <Button size="small" type="link" onClick={() => setEditing(q)}>
                    {t('training.edit')}
                  </Button>
                  <Button size="small" type="link" danger={q.active} onClick={() => void run(() => setQuestionActive(q.id, q.version, !q.active)).then(list.reload)}>
                    {q.active ? t('training.deactivate') : t('training.activate')}
                  </Button>
                </>
              )}
            </Space>
          ),
        },
      ]}
    >
      <QuestionDrawer
        open={editing !== undefined}
        question={editing ?? null}
        categories={categoryNames}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          list.reload();
          categories.reload();
        }}
      />
      <QuestionImport
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => {
          list.reload();
          categories.reload();
        }}
      />
    </ListShell>
  );
}
