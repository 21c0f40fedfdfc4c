import { z } from 'zod';
import { ZUserCreate } from '@shian/shared/auth';
import { ZIdParam, ZNoBody } from '@shian/shared/http';
import { ZOfficerInvite, ZPasswordReset, ZUserImportCommit, ZUserListQuery, ZUserPatch } from '@shian/shared/users';
import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { accountsOfOwnOperator, cadreOptions, createUser, getUser, inviteOfficer, listUsers, updateUser } from './user.service.ts';
import { endSessionsOfUser, lockUser, resetPassword, sessionsOfUser, setActive, unlockUser } from './user-account.service.ts';
import { commitUserImport, dryRunUserImport } from './user-import.service.ts';
import { templateColumns, templateRows } from './user-import-file.ts';
import type { TUserSessions } from './user-sessions.ts';

const MAX_USER_IMPORT_BYTES = 5 * 1024 * 1024;

/** `sessions`: the auth module's sessions and sign-in counters (user-sessions.ts), wired in app.ts. */
export function registerUserRoutes(app: TApp, db: TDb, sessions: TUserSessions): void {
  const manage = { permission: 'user.manage', scope: 'bureau' } as const;
  // A business acts on its own operator's accounts only; staff have no operator of their own (404).
  const ownOperator = { permission: 'operator.write', scope: 'data-scope' } as const;
  const ZCadreQuery = z.strictObject({ q: z.string().trim().max(50).optional() });
  const r = routeTable(app, ['users']);

  r.get('/api/users', manage, '用户列表（q 匹配用户名或姓名，可按角色、监管所、状态筛选）', { querystring: ZUserListQuery }, (req, user) => listUsers(db, user.bureauId, req.query));
  r.create('/api/users', manage, '新建用户（按角色关联监管所、科室、经营主体或包保干部；首次登录须修改密码）', { body: ZUserCreate }, (req, user) =>
    createUser(db, user, user.bureauId, req.body, { mustChangePassword: true }),
  );
  r.get('/api/users/cadres', manage, '可关联的包保干部（按姓名搜索，含已关联的账号）', { querystring: ZCadreQuery }, (req, user) => cadreOptions(db, user.bureauId, req.query.q));
  r.get('/api/users/import-template', manage, '下载用户导入模板 .xlsx', {}, (_req, _user, reply) =>
    reply
      .header('Content-Type', XLSX_TYPE)
      .header('Content-Disposition', contentDisposition('用户导入模板.xlsx'))
      .send(xlsxStream('用户', templateColumns(), templateRows())),
  );
  r.create('/api/users/imports', manage, '上传 .xlsx 试导入用户（只校验，不写入；逐行报告错误）', { consumes: ['multipart/form-data'] }, async (req, user) => {
    const file = await req.file({ limits: { fileSize: MAX_USER_IMPORT_BYTES, files: 1 } });
    if (!file) throw new AppError('VALIDATION_FAILED', {}, (lang) => [{ path: 'file', message: lang === 'en' ? 'File: is required' : '文件：不能为空' }]);
    return dryRunUserImport(db, user, file.filename, await file.toBuffer(), req.lang);
  });
  r.post('/api/users/imports/:id/commit', manage, '确认导入所选的有效行（空列表不写入）；未填密码的账号返回一次性临时密码', { params: ZIdParam, body: ZUserImportCommit }, (req, user) =>
    commitUserImport(db, user, req.params.id, req.body, req.lang),
  );
  r.get('/api/users/officers', ownOperator, '本企业的账号（企业用户）', {}, (_req, user) => accountsOfOwnOperator(db, user));
  r.create('/api/users/invite-officer', ownOperator, '企业为食品安全员开通账号（同一经营主体，最多 3 个账号）', { body: ZOfficerInvite }, (req, user) => inviteOfficer(db, user, req.body));
  r.get('/api/users/:id', manage, '用户详情', { params: ZIdParam }, (req, user) => getUser(db, user.bureauId, req.params.id));
  r.patch('/api/users/:id', manage, '修改用户（姓名、角色、关联；带 version，过期返回 409；不能修改自己）', { params: ZIdParam, body: ZUserPatch }, (req, user) => updateUser(db, user, req.params.id, req.body));
  r.post('/api/users/:id/reset-password', manage, '重置密码（临时密码只显示一次，下次登录须修改；结束其会话）', { params: ZIdParam, body: ZPasswordReset }, (req, user) =>
    resetPassword(db, sessions, user, req.params.id, req.body),
  );
  r.post('/api/users/:id/lock', manage, '锁定账号（直至解锁）', { params: ZIdParam, body: ZNoBody }, (req, user) => lockUser(db, user, req.params.id));
  r.post('/api/users/:id/unlock', manage, '解锁账号（并清除该用户名的登录失败计数）', { params: ZIdParam, body: ZNoBody }, (req, user) => unlockUser(db, sessions, user, req.params.id));
  r.post('/api/users/:id/deactivate', manage, '停用账号（结束其全部会话，不能再登录）', { params: ZIdParam, body: ZNoBody }, (req, user) => setActive(db, sessions, user, req.params.id, false));
  r.post('/api/users/:id/activate', manage, '启用账号', { params: ZIdParam, body: ZNoBody }, (req, user) => setActive(db, sessions, user, req.params.id, true));
  r.get('/api/users/:id/sessions', manage, '该用户的登录会话', { params: ZIdParam }, (req, user) => sessionsOfUser(db, sessions, user, req.params.id));
  r.delete('/api/users/:id/sessions', manage, '结束该用户的全部会话', { params: ZIdParam }, (req, user) => endSessionsOfUser(db, sessions, user, req.params.id));
}
