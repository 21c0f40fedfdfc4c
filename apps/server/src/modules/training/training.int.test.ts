import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TPage } from '@shian/shared/http';
import type { TCourseAttachment, TCourseDetail, TCourseSummary, TTrainingRecord } from '@shian/shared/training';
import { rowsOf } from '../../core/db/database.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'leader' | 'business' | 'cadre' | 'inspector' | 'expert', string>;

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const get = async <T>(url: string, cookie: string, status = 200) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
};
const post = (url: string, cookie: string, payload?: object) => platform.request({ method: 'POST', url, cookie, payload });

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'leader', 'business', 'cadre', 'inspector', 'expert'] as const));
});
afterAll(() => platform.close());

describe('courses for learners', () => {
  it('lists the published courses of the learner’s audience with progress', async () => {
    const business = await get<TPage<TCourseSummary>>('/api/courses', cast.business);
    expect(business.total).toBeGreaterThanOrEqual(5);
    expect(business.items.every((c) => c.published && c.audiences.some((a) => ['principal', 'director', 'officer'].includes(a)))).toBe(true);
    expect(business.items.find((c) => c.title === '企业落实食品安全主体责任入门')).toMatchObject({ lessonCount: 4, doneCount: 4 });
    const cadre = await get<TPage<TCourseSummary>>('/api/courses', cast.cadre);
    expect(cadre.items.every((c) => c.audiences.includes('cadre'))).toBe(true);
    expect(cadre.items.map((c) => c.title)).toContain('包保干部履职要点');
    const inspector = await get<TPage<TCourseSummary>>('/api/courses', cast.inspector);
    expect(inspector.items.every((c) => c.audiences.includes('supervisor'))).toBe(true);
    expect((await platform.request({ method: 'GET', url: '/api/courses', cookie: cast.expert })).statusCode).toBe(403);
  });

  it('opens a course with the article texts resolved, marks a lesson done once', async () => {
    const list = await get<TPage<TCourseSummary>>('/api/courses', cast.business);
    const course = list.items.find((c) => c.title === '从业人员健康管理')!;
    const detail = await get<TCourseDetail>(`/api/courses/${course.id}`, cast.business);
    const lesson = detail.lessons[0]!;
    expect(lesson).toMatchObject({ kind: 'article', source: { title: '中华人民共和国食品安全法', number: '第四十五条' }, doneAt: null });
    expect(lesson.body).toContain('每年进行健康检查');
    expect(detail.lessons[1]).toMatchObject({ kind: 'guidance', source: { title: '从业人员健康管理制度（范本）' } });
    const done = await post(`/api/courses/${course.id}/lessons/${lesson.key}/done`, cast.business);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ doneCount: 1, lessonCount: 2 });
    const again = await post(`/api/courses/${course.id}/lessons/${lesson.key}/done`, cast.business);
    expect(again.json()).toMatchObject({ doneCount: 1 });
    const [row] = await q<{ n: number }>(sql`select count(*)::int as n from course_progress where course_id = ${course.id}`);
    expect(row!.n).toBe(1);
    expect((await post(`/api/courses/${course.id}/lessons/nope/done`, cast.business)).statusCode).toBe(404);
    // Another audience's course is not found for the learner.
    const supervisorOnly = (await get<TPage<TCourseSummary>>('/api/courses', cast.inspector)).items.find((c) => c.title === '监督检查要点与法律责任')!;
    await get(`/api/courses/${supervisorOnly.id}`, cast.business, 404);
    expect((await post(`/api/courses/${supervisorOnly.id}/lessons/l1/done`, cast.business)).statusCode).toBe(404);
  });
});

describe('keeping courses', () => {
  it('lets the department create, publish and edit a course with a version', async () => {
    const [article] = await q<{ id: string }>(
      sql`select a.id from law_article a join law_document d on d.id = a.document_id where d.short_title = '食品安全法' and a.number_value = 54`,
    );
    const body = {
      title: '测试课程',
      audiences: ['cadre'],
      summary: '',
      lessons: [
        { key: 'a', title: '法条', kind: 'article', articleId: article!.id },
        { key: 'b', title: '图文', kind: 'text', body: '正文' },
      ],
      published: false,
    };
    expect((await post('/api/courses', cast.business, body)).statusCode).toBe(403);
    const bad = await post('/api/courses', cast.department, { ...body, lessons: [{ key: 'a', title: '缺法条', kind: 'article' }] });
    expect(bad.statusCode).toBe(400);
    const created = await post('/api/courses', cast.department, body);
    expect(created.statusCode, created.body).toBe(201);
    const course = created.json() as TCourseDetail;
    expect(course.lessons[0]!.body).toContain('定期检查库存食品');
    expect((await get<TPage<TCourseSummary>>('/api/courses', cast.cadre)).items.map((c) => c.id)).not.toContain(course.id);
    const published = await platform.request({ method: 'PUT', url: `/api/courses/${course.id}`, cookie: cast.department, payload: { ...body, published: true, version: 1 } });
    expect(published.statusCode, published.body).toBe(200);
    expect((await get<TPage<TCourseSummary>>('/api/courses?pageSize=50', cast.cadre)).items.map((c) => c.id)).toContain(course.id);
    const stale = await platform.request({ method: 'PUT', url: `/api/courses/${course.id}`, cookie: cast.department, payload: { ...body, version: 1 } });
    expect(stale.statusCode).toBe(409);
    const manage = await get<TPage<TCourseSummary>>('/api/courses/manage?pageSize=50', cast.department);
    expect(manage.total).toBeGreaterThanOrEqual(9);
  });
});

describe('lesson attachments', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const upload = (cookie: string, fileName: string, content: Buffer) =>
    platform.request({ method: 'POST', url: '/api/course-attachments', cookie, ...multipartBody({ fileName, content }) });

  it('uploads a file, attaches it to a lesson, and lets only the course’s readers download it', async () => {
    expect((await upload(cast.business, 'x.pdf', PDF)).statusCode).toBe(403);
    const uploaded = await upload(cast.department, 'C:\\temp\\晨检记录表.pdf', PDF);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json() as TCourseAttachment;
    expect(file).toMatchObject({ name: '晨检记录表.pdf', size: PDF.length });
    const other = (await upload(cast.department, '另一份.pdf', PDF)).json() as TCourseAttachment;

    const body = {
      title: '附件课程',
      audiences: ['principal'],
      summary: '',
      lessons: [{ key: 'a', title: '晨检', kind: 'text', body: '每日晨检', attachments: [file.id] }],
      published: true,
    };
    // Only files uploaded for courses may be attached.
    const foreign = await post('/api/courses', cast.department, { ...body, lessons: [{ ...body.lessons[0], attachments: [crypto.randomUUID()] }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].path).toBe('lessons.0.attachments');
    const created = await post('/api/courses', cast.department, body);
    expect(created.statusCode, created.body).toBe(201);
    const course = created.json() as TCourseDetail;
    expect(course.lessons[0]!.files).toEqual([file]);

    const read = await get<TCourseDetail>(`/api/courses/${course.id}`, cast.business);
    expect(read.lessons[0]!.files).toEqual([file]);
    const download = await platform.request({ method: 'GET', url: `/api/courses/${course.id}/attachments/${file.id}`, cookie: cast.business });
    expect(download.statusCode, download.body).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('晨检记录表.pdf'));
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect((await platform.request({ method: 'GET', url: `/api/courses/${course.id}/attachments/${file.id}`, cookie: cast.department })).statusCode).toBe(200);
    // A learner of another audience, a file not in the course, a file of no course: 404.
    expect((await platform.request({ method: 'GET', url: `/api/courses/${course.id}/attachments/${file.id}`, cookie: cast.cadre })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/courses/${course.id}/attachments/${other.id}`, cookie: cast.business })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/courses/${course.id}/attachments/${crypto.randomUUID()}`, cookie: cast.business })).statusCode).toBe(404);
  });

  it('refuses a file of another type with a 400 naming the field, re-encodes pictures', async () => {
    for (const [name, bytes] of [
      ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
      ['script.pdf', Buffer.from('<script>alert(1)</script>')],
    ] as const) {
      const refused = await upload(cast.department, name, bytes);
      expect(refused.statusCode, name).toBe(400);
      expect(refused.json().error.fields[0]).toEqual({ path: 'file', message: expect.stringContaining('只接受 PDF') });
    }
    const { default: sharp } = await import('sharp');
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    const picture = await upload(cast.department, '操作间.png', png);
    expect(picture.statusCode, picture.body).toBe(201);
    expect(picture.json()).toMatchObject({ name: '操作间.png' });
  });
});

describe('training records', () => {
  it('shows every learner to the department and leader, only oneself to others', async () => {
    const all = await get<TPage<TTrainingRecord>>('/api/training/records?pageSize=50', cast.department);
    const names = new Set(all.items.map((r) => r.role));
    expect(names.has('business') && names.has('cadre') && names.has('inspector')).toBe(true);
    expect((await get<TPage<TTrainingRecord>>('/api/training/records', cast.leader)).total).toBe(all.total);
    const own = await get<TPage<TTrainingRecord>>('/api/training/records?pageSize=50', cast.cadre);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((r) => r.role === 'cadre')).toBe(true);
    const businessId = all.items.find((r) => r.role === 'business')!.userId;
    const asCadre = await get<TPage<TTrainingRecord>>(`/api/training/records?userId=${businessId}`, cast.cadre);
    expect(asCadre.items.every((r) => r.role === 'cadre')).toBe(true);
    const started = all.items.find((r) => r.role === 'business' && r.courseTitle === '进货查验与食品贮存')!;
    expect(started).toMatchObject({ doneCount: 2, lessonCount: 4 });
  });
});
