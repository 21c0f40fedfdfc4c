import { ZIdParam } from '@shian/shared/http';
import {
  ZNoticeLetterAnswer,
  ZNoticeLetterAttachmentParams,
  ZNoticeLetterAttachmentQuery,
  ZNoticeLetterClose,
  ZNoticeLetterCreate,
  ZNoticeLetterListQuery,
  ZNoticeLetterPaperDelivery,
  ZNoticeLetterVersion,
} from '@shian/shared/notice-letter';
import type { TContext } from '../../core/context.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import type { TApp } from '../../core/http.ts';
import { routeTable } from '../../core/route-table.ts';
import { addAttachment, answerLetter, closeLetter, createLetter, deliverOnPaper, getLetter, issueLetter, letterDocx, listLetters, readAttachment, signLetter } from './notice-letter.service.ts';
import { DOCX_TYPE, contentDisposition } from '../../core/download.ts';

export function registerNoticeLetterRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'notice-letter.read', scope: 'data-scope' } as const;
  const issue = { permission: 'notice-letter.issue', scope: 'data-scope' } as const;
  const respond = { permission: 'notice-letter.respond', scope: 'data-scope' } as const;
  const r = routeTable(app, ['notice-letters']);

  r.get('/api/notice-letters', read, '两书一函登记簿（整改通知书、约谈通知书、提醒敦促函；overdue=true 只看逾期未回复的）', { querystring: ZNoticeLetterListQuery }, (req, user) => listLetters(ctx, user, req.query));
  r.create('/api/notice-letters', issue, '起草文书（整改通知书引用检查记录的整改要求，约谈通知书引用约谈；提醒敦促函写给经营主体或包保干部）', { body: ZNoticeLetterCreate }, (req, user) =>
    createLetter(ctx, user, req.body),
  );
  r.get('/api/notice-letters/:id', read, '文书详情（状态、送达、回复）', { params: ZIdParam }, (req, user) => getLetter(ctx, user, req.params.id));
  r.post('/api/notice-letters/:id/issue', issue, '发出文书（此时编号，通知收件方）', { params: ZIdParam, body: ZNoticeLetterVersion }, (req, user) => issueLetter(ctx, user, req.params.id, req.body.version));
  r.post('/api/notice-letters/:id/sign', respond, '收件方在本账号签收（网上送达）', { params: ZIdParam, body: ZNoticeLetterVersion }, (req, user) => signLetter(ctx, user, req.params.id, req.body.version));
  r.post('/api/notice-letters/:id/deliver-on-paper', issue, '登记纸质送达（送达日期、签收人）', { params: ZIdParam, body: ZNoticeLetterPaperDelivery }, (req, user) => deliverOnPaper(ctx, user, req.params.id, req.body));
  r.create('/api/notice-letters/:id/attachments', respond, '上传回复附件（照片，收件方）', { consumes: ['multipart/form-data'], params: ZIdParam }, async (req, user) =>
    addAttachment(ctx, user, req.params.id, await readImageUpload(req)),
  );
  r.get('/api/notice-letters/:id/attachments/:fileId', read, '回复附件', { params: ZNoticeLetterAttachmentParams, querystring: ZNoticeLetterAttachmentQuery }, async (req, user, reply) => {
    const bytes = await readAttachment(ctx, user, req.params.id, req.params.fileId, req.query.size === 'thumb');
    return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
  });
  r.post('/api/notice-letters/:id/answer', respond, '收件方回复（文字 + 附件）', { params: ZIdParam, body: ZNoticeLetterAnswer }, (req, user) => answerLetter(ctx, user, req.params.id, req.body));
  r.post('/api/notice-letters/:id/close', issue, '办结文书', { params: ZIdParam, body: ZNoticeLetterClose }, (req, user) => closeLetter(ctx, user, req.params.id, req.body));
  r.get('/api/notice-letters/:id/docx', read, '下载文书（Word .docx）', { params: ZIdParam }, async (req, user, reply) => {
    const { buffer, fileName } = await letterDocx(ctx, user, req.params.id);
    return reply.header('Content-Type', DOCX_TYPE).header('Content-Disposition', contentDisposition(fileName)).send(buffer);
  });
}
