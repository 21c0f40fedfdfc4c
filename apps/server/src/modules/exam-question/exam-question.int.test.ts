import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { QUESTION_IMPORT_COLUMNS, type TExamQuestionView, type TQuestionImportResult } from '@shian/shared/exam-question';
import type { TPage } from '@shian/shared/http';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { drawQuestions, questionsByIds } from './exam-question.public.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'department' | 'leader' | 'business' | 'cadre' | 'inspector', string>;
let bureauId: string;

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const count = async () => (await q<{ n: number }>(sql`select count(*)::int as n from exam_question`))[0]!.n;
const get = (url: string, cookie: string) => platform.request({ method: 'GET', url, cookie });

async function sheet(rows: Record<string, string | undefined>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('题库');
  ws.addRow([...QUESTION_IMPORT_COLUMNS]);
  for (const row of rows) ws.addRow(QUESTION_IMPORT_COLUMNS.map((c) => row[c] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const importFile = async (buffer: Buffer, dryRun: boolean, cookie = cast.department) => {
  const { payload, headers } = multipartBody({ fileName: 'bank.xlsx', content: buffer });
  return platform.request({ method: 'POST', url: `/api/exam-questions/import?dryRun=${dryRun}`, cookie, payload, headers });
};
const GOOD: Record<string, string>[] = [
  {
    适用对象: '食品安全员',
    分类: '导入测试',
    题型: '单选题',
    题干: '导入测试：库存食品应当（）检查。',
    选项A: '定期',
    选项B: '从不',
    答案: 'A',
    法条: '《中华人民共和国食品安全法》第五十四条',
    解析: '第五十四条',
  },
  {
    适用对象: '主要负责人、食品安全总监',
    分类: '导入测试',
    题型: '多选题',
    题干: '导入测试：进货查验应查验哪些？',
    选项A: '许可证',
    选项B: '合格证明',
    选项C: '营业额',
    答案: 'AB',
    法条: '《中华人民共和国食品安全法》第五十三条',
  },
  { 适用对象: '监管人员', 分类: '导入测试', 题型: '判断题', 题干: '导入测试：超过保质期的食品禁止经营。', 答案: '正确', 法条: '《食品安全法》第三十四条' },
];

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'department', 'leader', 'business', 'cadre', 'inspector'] as const));
  bureauId = (await q<{ id: string }>(sql`select bureau_id as id from app_user where username = 'department'`))[0]!.id;
});
afterAll(() => platform.close());

describe('the question bank', () => {
  it('is seeded with a few hundred questions, each citing an article of the law library', async () => {
    const [stats] = await q<{ n: number; cited: number; kinds: number; audiences: number }>(
      sql`select count(*)::int as n, count(a.id)::int as cited, count(distinct q.kind)::int as kinds,
          (select count(distinct x)::int from exam_question, unnest(audiences) x) as audiences
          from exam_question q left join law_article a on a.id = q.article_id`,
    );
    expect(stats!.n).toBeGreaterThanOrEqual(300);
    expect(stats!.cited).toBe(stats!.n);
    expect(stats!.kinds).toBe(3);
    expect(stats!.audiences).toBe(5);
  });

  it('lists questions with answers and the cited article for the department, filtered', async () => {
    const response = await get('/api/exam-questions?audience=cadre&kind=multiple&pageSize=5', cast.department);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as TPage<TExamQuestionView>;
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.length).toBeLessThanOrEqual(5);
    for (const item of page.items) {
      expect(item.kind).toBe('multiple');
      expect(item.audiences).toContain('cadre');
      expect(item.answer.length).toBeGreaterThanOrEqual(2);
      expect(item.article?.articleNumber).toMatch(/^第.+条$/);
      expect(Object.keys(item).sort()).toEqual([
        'active',
        'answer',
        'article',
        'articleId',
        'audiences',
        'category',
        'explanation',
        'id',
        'kind',
        'options',
        'stem',
        'updatedAt',
        'version',
      ]);
    }
    const searched = (await get(`/api/exam-questions?q=${encodeURIComponent('健康检查')}`, cast.department)).json() as TPage<TExamQuestionView>;
    expect(searched.total).toBeGreaterThan(0);
    expect(searched.items.every((i) => i.stem.includes('健康检查') || i.explanation.includes('健康检查'))).toBe(true);
    expect((await get('/api/exam-questions', cast.leader)).statusCode).toBe(200);
  });

  it('is closed to the business, the cadre and the inspector', async () => {
    for (const cookie of [cast.business, cast.cadre, cast.inspector]) {
      expect((await get('/api/exam-questions', cookie)).statusCode).toBe(403);
      expect((await importFile(await sheet(GOOD), true, cookie)).statusCode).toBe(403);
    }
  });

  it('creates, edits with a version and deactivates a question; stale versions answer 409', async () => {
    const [article] = await q<{ id: string }>(
      sql`select a.id from law_article a join law_document d on d.id = a.document_id where d.short_title = '食品安全法' and a.number_value = 45`,
    );
    const body = {
      audiences: ['officer'],
      category: '测试',
      kind: 'single',
      stem: '测试：健康证明（）取得？',
      options: ['上岗前', '上岗后'],
      answer: [0],
      articleId: article!.id,
      explanation: '',
    };
    const created = await platform.request({ method: 'POST', url: '/api/exam-questions', cookie: cast.department, payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const question = created.json() as TExamQuestionView;
    expect(question.article?.articleNumber).toBe('第四十五条');
    const bad = await platform.request({ method: 'POST', url: '/api/exam-questions', cookie: cast.department, payload: { ...body, kind: 'multiple' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message ?? bad.body).toContain('多选题至少有两个正确答案');
    const updated = await platform.request({
      method: 'PUT',
      url: `/api/exam-questions/${question.id}`,
      cookie: cast.department,
      payload: { ...body, stem: '测试：健康证明应在何时取得？', version: 1 },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().version).toBe(2);
    const stale = await platform.request({ method: 'PUT', url: `/api/exam-questions/${question.id}`, cookie: cast.department, payload: { ...body, version: 1 } });
    expect(stale.statusCode).toBe(409);
    const off = await platform.request({ method: 'POST', url: `/api/exam-questions/${question.id}/deactivate`, cookie: cast.department, payload: { version: 2 } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    const [audit] = await q<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'exam_question' and entity_id = ${question.id}`);
    expect(audit!.n).toBe(3);
  });
});

describe('importing the bank from .xlsx', () => {
  it('checks every row in a dry run and writes nothing', async () => {
    const before = await count();
    const response = await importFile(await sheet(GOOD), true);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as TQuestionImportResult;
    expect(result).toMatchObject({ dryRun: true, total: 3, valid: 3, created: 0, errors: [] });
    expect(result.preview.map((p) => p.answer)).toEqual([[0], [0, 1], [0]]);
    expect(result.preview[2]!.article).toBe('《食品安全法》第三十四条');
    expect(await count()).toBe(before);
  });

  it('names the row and column of bad answer letters, unknown articles and kinds', async () => {
    const rows = [
      ...GOOD,
      { ...GOOD[0], 题干: '坏答案一', 答案: 'C' },
      { ...GOOD[1], 题干: '坏答案二', 答案: 'A' },
      { ...GOOD[2], 题干: '坏答案三', 答案: '也许' },
      { ...GOOD[0], 题干: '坏法条', 法条: '《中华人民共和国食品安全法》第九百条' },
      { ...GOOD[0], 题干: '坏题型', 题型: '问答题' },
      { ...GOOD[0], 题干: '坏对象', 适用对象: '厨师' },
    ];
    const result = (await importFile(await sheet(rows), true)).json() as TQuestionImportResult;
    expect(result.valid).toBe(3);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [5, '答案'],
      [6, '答案'],
      [7, '答案'],
      [8, '法条'],
      [9, '题型'],
      [10, '适用对象'],
    ]);
    expect(result.errors[0]!.message).toContain('“C”不是有效答案');
    expect(result.errors[1]!.message).toContain('多选题至少有两个正确答案');
    expect(result.errors[3]!.message).toContain('法规库中找不到');
  });

  it('commits all rows or none', async () => {
    const before = await count();
    const refused = (await importFile(await sheet([...GOOD, { ...GOOD[0], 题干: '坏答案', 答案: 'Z' }]), false)).json() as TQuestionImportResult;
    expect(refused).toMatchObject({ dryRun: false, created: 0, valid: 3 });
    expect(refused.errors).toHaveLength(1);
    expect(await count()).toBe(before);
    const committed = (await importFile(await sheet(GOOD), false)).json() as TQuestionImportResult;
    expect(committed).toMatchObject({ dryRun: false, created: 3, errors: [] });
    expect(await count()).toBe(before + 3);
    const [row] = await q<{ audiences: string[]; answer: number[]; options: string[] }>(sql`select audiences, answer, options from exam_question where stem = ${GOOD[1]!.题干}`);
    expect(row).toEqual({ audiences: ['principal', 'director'], answer: [0, 1], options: ['许可证', '合格证明', '营业额'] });
  });

  it('offers a template that imports cleanly', async () => {
    const template = await get('/api/exam-questions/import-template', cast.department);
    expect(template.statusCode).toBe(200);
    const result = (await importFile(template.rawPayload, true)).json() as TQuestionImportResult;
    expect(result).toMatchObject({ total: 3, valid: 3, errors: [] });
  });
});

describe('drawing questions', () => {
  it('is reproducible by seed, per audience, and spread over categories', async () => {
    const a = await drawQuestions(platform.ctx.db, bureauId, 'officer', 20, 42);
    const b = await drawQuestions(platform.ctx.db, bureauId, 'officer', 20, 42);
    const c = await drawQuestions(platform.ctx.db, bureauId, 'officer', 20, 43);
    expect(a).toHaveLength(20);
    expect(b.map((x) => x.id)).toEqual(a.map((x) => x.id));
    expect(c.map((x) => x.id)).not.toEqual(a.map((x) => x.id));
    expect(new Set(a.map((x) => x.id)).size).toBe(20);
    expect(new Set(a.map((x) => x.category)).size).toBeGreaterThanOrEqual(8);
    const ids = a.map((x) => x.id);
    const rows = await q<{ id: string; audiences: string[]; active: boolean }>(
      sql`select id, audiences, active from exam_question where id = any(${`{${ids.join(',')}}`}::uuid[])`,
    );
    expect(rows.every((r) => r.audiences.includes('officer') && r.active)).toBe(true);
    const supervisors = await drawQuestions(platform.ctx.db, bureauId, 'supervisor', 10, 42);
    expect(supervisors.map((x) => x.id)).not.toEqual(ids.slice(0, 10));
    expect(await questionsByIds(platform.ctx.db, [ids[3]!, ids[1]!])).toEqual([a[3], a[1]]);
    expect(Object.keys(a[0]!).sort()).toEqual(['answer', 'articleId', 'category', 'id', 'kind', 'options', 'stem']);
  });
});
