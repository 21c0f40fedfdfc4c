// The question bank: the department keeps the bureau's questions (create, versioned edit, deactivate; never
// deleted) and imports them from .xlsx with a dry run that writes nothing; a commit writes every row or none.
import {
  JUDGE_OPTIONS,
  ZExamQuestionInput,
  type TExamQuestionInput,
  type TExamQuestionListQuery,
  type TExamQuestionUpdate,
  type TExamQuestionView,
  type TQuestionArticle,
  type TQuestionImportResult,
  type TQuestionImportRowError,
  parseAnswerText,
} from '@shian/shared/exam-question';
import type { TPage } from '@shian/shared/http';
import { issueReason, reasonText, type TLang } from '@shian/shared/messages';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TDb, TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { readSheet } from '../../core/excel.ts';
import { invalidField } from '../../core/field-error.ts';
import { resolveArticle } from '../law/law.public.ts';
import { mapQuestionHeaders, OPTION_COLUMNS, parseAudiences, parseCitation, parseKind, REQUIRED_QUESTION_COLUMNS, type TQuestionColumn } from './exam-question-file.ts';
import { auditedQuestion, presentQuestion } from './exam-question.presenter.ts';
import * as repo from './exam-question.repository.ts';

export const MAX_QUESTION_IMPORT_ROWS = 3000;

async function articleMap(db: TDbOrTx, ids: (string | null)[]): Promise<Map<string, TQuestionArticle>> {
  const rows = await repo.articleLabels(
    db,
    ids.filter((id): id is string => !!id),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, documentTitle: r.subtitle ? `${r.documentTitle}·${r.subtitle}` : r.documentTitle, shortTitle: r.shortTitle, articleNumber: r.articleNumber },
    ]),
  );
}

export async function listQuestions(db: TDb, user: TSessionUser, query: TExamQuestionListQuery): Promise<TPage<TExamQuestionView>> {
  const { rows, total } = await repo.listQuestions(db, user.bureauId, query);
  const articles = await articleMap(
    db,
    rows.map((r) => r.articleId),
  );
  return { items: rows.map((r) => presentQuestion(r, articles)), total, page: query.page, pageSize: query.pageSize };
}

export async function questionCategories(db: TDb, user: TSessionUser) {
  return repo.categories(db, user.bureauId);
}

export async function getQuestion(db: TDb, user: TSessionUser, id: string): Promise<TExamQuestionView> {
  const row = await repo.findQuestion(db, user.bureauId, id);
  if (!row) throw notFound();
  return presentQuestion(row, await articleMap(db, [row.articleId]));
}

async function checkArticle(db: TDbOrTx, articleId: string | null) {
  if (articleId && (await repo.articleLabels(db, [articleId])).length === 0) throw invalidField('articleId', { zh: '不在法规库中', en: 'is not in the law library' });
}

export async function createQuestion(db: TDb, user: TSessionUser, input: TExamQuestionInput): Promise<TExamQuestionView> {
  await checkArticle(db, input.articleId);
  return db.transaction(async (tx) => {
    const row = await repo.insertQuestion(tx, { bureauId: user.bureauId, ...input });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'exam_question', entityId: row.id, after: auditedQuestion(row) }]);
    return presentQuestion(row, await articleMap(tx, [row.articleId]));
  });
}

export async function updateQuestion(db: TDb, user: TSessionUser, id: string, input: TExamQuestionUpdate): Promise<TExamQuestionView> {
  const { version, ...values } = input;
  await checkArticle(db, values.articleId);
  return db.transaction(async (tx) => {
    const before = await repo.findQuestion(tx, user.bureauId, id);
    if (!before) throw notFound();
    const row = await repo.updateQuestion(tx, id, version, values);
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'exam_question', entityId: id, before: auditedQuestion(before), after: auditedQuestion(row) }]);
    return presentQuestion(row, await articleMap(tx, [row.articleId]));
  });
}

/** Takes a question out of (or back into) the draws; exams already given keep it. */
export async function setQuestionActive(db: TDb, user: TSessionUser, id: string, version: number, active: boolean): Promise<TExamQuestionView> {
  return db.transaction(async (tx) => {
    const before = await repo.findQuestion(tx, user.bureauId, id);
    if (!before) throw notFound();
    const row = await repo.updateQuestion(tx, id, version, { active });
    await recordAudit(tx, [
      { actor: user, action: active ? 'activate' : 'deactivate', entity: 'exam_question', entityId: id, before: { active: before.active }, after: { active } },
    ]);
    return presentQuestion(row, await articleMap(tx, [row.articleId]));
  });
}

const t = (lang: TLang, zh: string, en: string) => (lang === 'en' ? en : zh);
const PATH_COLUMN: Record<string, TQuestionColumn> = {
  audiences: '适用对象',
  category: '分类',
  kind: '题型',
  stem: '题干',
  options: '选项A',
  answer: '答案',
  articleId: '法条',
  explanation: '解析',
};

/**
 * Checks every row of the sheet. A dry run writes nothing; a commit writes every row in one transaction, and
 * only when no row has an error (all or nothing). Errors name the row (as numbered in the sheet) and column.
 */
export async function importQuestions(db: TDb, user: TSessionUser, fileName: string, buffer: Buffer, dryRun: boolean, lang: TLang): Promise<TQuestionImportResult> {
  const sheet = await readSheet(buffer, fileName);
  const mapping = mapQuestionHeaders(sheet.headers);
  const missing = REQUIRED_QUESTION_COLUMNS.filter((c) => ![...mapping.values()].includes(c));
  if (missing.length) {
    const names = missing.join('、');
    throw new AppError('VALIDATION_FAILED', {}, (l) => [{ path: 'file', message: t(l, `文件缺少必需的列：${names}`, `The file lacks required columns: ${names}`) }]);
  }
  if (sheet.rows.length === 0) throw new AppError('VALIDATION_FAILED', {}, (l) => [{ path: 'file', message: t(l, '文件：没有题目', 'File: has no questions') }]);
  if (sheet.rows.length > MAX_QUESTION_IMPORT_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', { limit: `${MAX_QUESTION_IMPORT_ROWS} rows` });

  const citations = new Map<string, string | null>();
  const errors: TQuestionImportRowError[] = [];
  const valid: { row: number; input: TExamQuestionInput; article: string | null }[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    const cell = (column: TQuestionColumn) => {
      for (const [i, c] of mapping) if (c === column) return (cells[i] ?? '').trim();
      return '';
    };
    const before = errors.length;
    const fail = (column: TQuestionColumn, zh: string, en: string) => errors.push({ row: rowNumber, column, message: t(lang, zh, en) });
    const audiences = parseAudiences(cell('适用对象'));
    if (!audiences)
      fail(
        '适用对象',
        '应为主要负责人、食品安全总监、食品安全员、包保干部、监管人员中的一项或多项（用顿号分隔）',
        'must be one or more of 主要负责人, 食品安全总监, 食品安全员, 包保干部, 监管人员',
      );
    const kind = parseKind(cell('题型'));
    if (!kind) fail('题型', '应为单选题、多选题或判断题', 'must be 单选题, 多选题 or 判断题');
    let options: string[] = [];
    if (kind === 'judge') options = [...JUDGE_OPTIONS];
    else if (kind) {
      const given = OPTION_COLUMNS.map((c) => cell(c));
      const last = given.reduce((at, o, i) => (o !== '' ? i : at), -1);
      const gap = given.slice(0, last + 1).indexOf('');
      if (gap >= 0) fail(OPTION_COLUMNS[gap]!, '选项不能跳过（前面的选项为空）', 'an option is skipped (this one is empty)');
      options = given.slice(0, last + 1);
      if (options.length < 2) fail('选项A', '单选题和多选题至少需要两个选项', 'needs at least two options');
    }
    let answer: number[] | null = null;
    if (kind) {
      answer = parseAnswerText(kind, cell('答案'), options.length);
      if (!answer)
        fail(
          '答案',
          kind === 'judge' ? `“${cell('答案')}”不是有效答案，应为“正确”或“错误”` : `“${cell('答案')}”不是有效答案，应为已填写选项的字母（如 A、AC）`,
          kind === 'judge' ? `"${cell('答案')}" is not an answer: write 正确 or 错误` : `"${cell('答案')}" is not an answer: write letters of the options given (A, AC)`,
        );
    }
    let articleId: string | null = null;
    const citation = cell('法条');
    if (citation) {
      const parsed = parseCitation(citation);
      if (!parsed) fail('法条', `“${citation}”应写作《法规名称》第某条`, `"${citation}" must be written as 《title》第…条`);
      else {
        if (!citations.has(citation)) citations.set(citation, await resolveArticle(db, parsed.lawTitle, parsed.articleNumber));
        articleId = citations.get(citation) ?? null;
        if (!articleId) fail('法条', `法规库中找不到“${citation}”`, `"${citation}" is not in the law library`);
      }
    }
    if (errors.length > before || !kind || !audiences || !answer) continue;
    const parsed = ZExamQuestionInput.safeParse({ audiences, category: cell('分类'), kind, stem: cell('题干'), options, answer, articleId, explanation: cell('解析') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0]);
        const column = path === 'options' && typeof issue.path[1] === 'number' ? OPTION_COLUMNS[issue.path[1]]! : (PATH_COLUMN[path] ?? '题干');
        errors.push({ row: rowNumber, column, message: reasonText(issue.message, lang) ?? issueReason(issue, lang) });
      }
      continue;
    }
    const first = seen.get(parsed.data.stem);
    if (first) {
      fail('题干', `与第 ${first} 行的题干相同`, `repeats the question of row ${first}`);
      continue;
    }
    seen.set(parsed.data.stem, rowNumber);
    valid.push({ row: rowNumber, input: parsed.data, article: articleId ? citation : null });
  }
  errors.sort((a, b) => a.row - b.row);
  const result: TQuestionImportResult = {
    dryRun,
    total: sheet.rows.length,
    valid: valid.length,
    created: 0,
    errors,
    preview: valid.slice(0, 50).map((v) => ({
      row: v.row,
      audiences: v.input.audiences,
      category: v.input.category,
      kind: v.input.kind,
      stem: v.input.stem,
      options: v.input.options,
      answer: v.input.answer,
      article: v.article,
    })),
  };
  if (dryRun || errors.length > 0) return result;
  await db.transaction(async (tx) => {
    await repo.insertQuestions(
      tx,
      valid.map((v) => ({ bureauId: user.bureauId, ...v.input })),
    );
    await recordAudit(tx, [{ actor: user, action: 'import', entity: 'exam_question', entityId: null, after: { fileName, created: valid.length } }]);
  });
  return { ...result, created: valid.length };
}
