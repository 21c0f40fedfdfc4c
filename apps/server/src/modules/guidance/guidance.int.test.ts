import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TGuidanceDocument } from '@shian/shared/guidance';
import { MAX_ATTACHMENT_BYTES } from '@shian/shared/guidance';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { multipartBody } from '../../testing/multipart.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'business' | 'station', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'business', 'station'], { operators: 20 }));
});
afterAll(() => platform.close());

type TList = { items: TGuidanceDocument[]; total: number };
const get = (url: string, cookie?: string) => platform.request({ method: 'GET', url, cookie });
const titles = async (url: string, cookie?: string) => {
  const response = await get(url, cookie);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as TList).items.map((d) => d.title).sort();
};
const byTitle = async (title: string) => ((await get(`/api/guidance?q=${encodeURIComponent(title)}`, cast.department)).json() as TList).items[0];
const upload = (id: string, cookie: string, fileName: string, content: Buffer) =>
  platform.request({ method: 'POST', url: `/api/guidance/${id}/attachments`, cookie, ...multipartBody({ fileName, content }) });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const OLE_DOC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('who sees which guidance and toolbox items', () => {
  it('shows the public only what is published for the public, without signing in', async () => {
    expect(await titles('/api/public/guidance?toolbox=true')).toEqual(['食品安全自查表', '食品进货查验记录表']);
    const guidance = await titles('/api/public/guidance?toolbox=false');
    expect(guidance).toEqual(['临期食品销售管理指引', '散装食品标识规范指引', '网络食品经营者食品安全管理指引']);
  });

  it('shows a business its toolbox (business and public items), never drafts or staff guides', async () => {
    expect(await titles('/api/guidance?toolbox=true', cast.business)).toEqual(['从业人员健康管理制度（范本）', '食品安全自查表', '食品进货查验记录表']);
    const staffGuide = await byTitle('展销会现场检查要点');
    expect((await get(`/api/guidance/${staffGuide.id}`, cast.business)).statusCode).toBe(404);
    expect((await get(`/api/guidance/${staffGuide.id}`, cast.station)).statusCode).toBe(200);
    expect((await get(`/api/public/guidance/${staffGuide.id}`)).statusCode).toBe(404);
    expect(await titles('/api/guidance?toolbox=true', cast.department)).toContain('食品安全追溯制度（范本）');
    expect(await titles('/api/guidance?toolbox=true', cast.station)).not.toContain('食品安全追溯制度（范本）');
  });

  it('pages the lists in a stable order', async () => {
    const all = (await get('/api/public/guidance?toolbox=false')).json() as TList;
    expect(all.total).toBe(3);
    const second = (await get('/api/public/guidance?toolbox=false&page=2&pageSize=2')).json() as TList & { page: number; pageSize: number };
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items.map((d) => d.id)).toEqual([all.items[2].id]);
    const staff = (await get('/api/guidance?page=2&pageSize=1', cast.station)).json() as TList;
    expect(staff.items).toHaveLength(1);
    expect(staff.total).toBe((await get('/api/guidance?pageSize=100', cast.station)).json().items.length);
  });

  it('lets a manager list published items or drafts only', async () => {
    expect(await titles('/api/guidance?toolbox=true&published=true', cast.department)).not.toContain('食品安全追溯制度（范本）');
    expect(await titles('/api/guidance?toolbox=true&published=true', cast.department)).toEqual(await titles('/api/guidance?toolbox=true', cast.station));
    expect(await titles('/api/guidance?toolbox=true&published=false', cast.department)).toEqual(['食品安全追溯制度（范本）']);
  });

  it('lets a business download a real template, and the public only public ones', async () => {
    const sheet = await byTitle('食品进货查验记录表');
    const file = sheet.attachments[0];
    const response = await get(`/api/public/guidance/${sheet.id}/attachments/${file.fileId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('食品进货查验记录表.xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getCell('A1').value).toBe('食品进货查验记录表');
    expect(workbook.worksheets[0].getRow(3).values).toContain('供货者名称');

    const rules = await byTitle('从业人员健康管理制度');
    const docx = rules.attachments[0];
    const own = await get(`/api/guidance/${rules.id}/attachments/${docx.fileId}`, cast.business);
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get(`/api/public/guidance/${rules.id}/attachments/${docx.fileId}`)).statusCode).toBe(404);
    expect((await get(`/api/public/guidance/${sheet.id}/attachments/${docx.fileId}`)).statusCode).toBe(404);
  });
});

describe('managing guidance (knowledge.manage)', () => {
  it('creates, publishes with the version, refuses a stale version (409) and bad input (400)', async () => {
    const input = { kind: 'guide', topic: 'online_seller', title: '网店公示操作指南', summary: '如何在网店首页公示证照', audiences: ['business', 'public'] };
    const created = await platform.request({ method: 'POST', url: '/api/guidance', cookie: cast.department, payload: input });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as TGuidanceDocument;
    expect(draft).toMatchObject({ published: false, publishedAt: null });
    expect(await titles('/api/public/guidance')).not.toContain('网店公示操作指南');
    const put = (version: number, published: boolean) =>
      platform.request({ method: 'PUT', url: `/api/guidance/${draft.id}`, cookie: cast.department, payload: { ...input, published, version } });
    const published = await put(draft.version, true);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedAt).not.toBeNull();
    expect(await titles('/api/public/guidance')).toContain('网店公示操作指南');
    expect((await put(draft.version, false)).statusCode).toBe(409);

    const bad = await platform.request({ method: 'POST', url: '/api/guidance', cookie: cast.department, payload: { ...input, audiences: [] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toEqual({ path: 'audiences', message: '面向对象：不能为空' });
  });

  it('accepts .pdf, .docx and .xlsx by their bytes, names them by their real type, refuses anything else', async () => {
    const doc = await byTitle('食品展销会食品安全管理指引');
    const pdf = await upload(doc.id, cast.department, 'C:\\fake\\展销会报告表.docx', PDF);
    expect(pdf.statusCode, pdf.body).toBe(201);
    const withPdf = pdf.json() as TGuidanceDocument;
    expect(withPdf.attachments).toEqual([expect.objectContaining({ name: '展销会报告表.pdf', type: 'pdf', size: PDF.length })]);
    expect(withPdf.version).toBe(doc.version + 1);
    const back = await get(`/api/guidance/${doc.id}/attachments/${withPdf.attachments[0].fileId}`, cast.business);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.rawPayload.equals(PDF)).toBe(true);

    const xlsx = (await get(`/api/public/guidance/${(await byTitle('食品安全自查表')).id}/attachments/${(await byTitle('食品安全自查表')).attachments[0].fileId}`)).rawPayload;
    const renamed = await upload(doc.id, cast.department, '自查表.pdf', xlsx);
    expect(renamed.statusCode).toBe(201);
    expect(renamed.json().attachments.map((a: { name: string }) => a.name)).toContain('自查表.xlsx');

    for (const [name, bytes] of [
      ['photo.pdf', PNG],
      ['old.doc', OLE_DOC],
      ['broken.docx', Buffer.from('PK\u0003\u0004 not really a zip')],
    ] as const) {
      const refused = await upload(doc.id, cast.department, name, bytes);
      expect(refused.statusCode, name).toBe(415);
      expect(refused.json().error.message).toBe('不支持的文件：只接受 Word（.docx）、Excel（.xlsx）或 PDF 文件');
    }
    const tooLarge = await upload(doc.id, cast.department, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toBe('提交的内容过大（上限 10 MB）');
    expect((await upload(doc.id, cast.business, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(crypto.randomUUID(), cast.department, 'x.pdf', PDF)).statusCode).toBe(404);

    const removed = await platform.request({ method: 'DELETE', url: `/api/guidance/${doc.id}/attachments/${withPdf.attachments[0].fileId}`, cookie: cast.department });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().attachments.map((a: { type: string }) => a.type)).toEqual(['xlsx']);
    expect((await get(`/api/guidance/${doc.id}/attachments/${withPdf.attachments[0].fileId}`, cast.department)).statusCode).toBe(404);
  });

  it('refuses writes to roles without knowledge.manage (403) and to the public (401)', async () => {
    const payload = { kind: 'template', topic: 'other', title: '模板', audiences: ['business'] };
    for (const cookie of [cast.business, cast.station]) expect((await platform.request({ method: 'POST', url: '/api/guidance', cookie, payload })).statusCode).toBe(403);
    expect((await platform.request({ method: 'POST', url: '/api/guidance', payload })).statusCode).toBe(401);
    expect((await get('/api/guidance')).statusCode).toBe(401);
  });
});
