import { ZIdParam } from '@shian/shared/http';
import { ZCourseAttachmentParams, ZCourseInput, ZCourseLearnQuery, ZCourseManageQuery, ZCourseUpdate, ZGuidanceOptionQuery, ZLessonParams, ZTrainingRecordQuery } from '@shian/shared/training';
import type { TContext } from '../../core/context.ts';
import type { TApp } from '../../core/http.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { routeTable } from '../../core/route-table.ts';
import { createCourse, downloadCourseAttachment, getCourse, guidanceOptions, manageCourses, markLessonDone, myCourses, trainingRecords, updateCourse, uploadCourseAttachment } from './training.service.ts';
import { sendUpload } from '../../core/download.ts';

export function registerTrainingRoutes(app: TApp, ctx: TContext): void {
  const learn = { permission: 'training.learn', scope: 'self' } as const;
  const manage = { permission: 'training.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['training']);
  const db = ctx.db;

  r.get('/api/courses', learn, '我的学习：本人适用对象的已发布课程及学习进度', { querystring: ZCourseLearnQuery }, (req, user) => myCourses(db, user, req.query));
  r.get('/api/courses/manage', manage, '全部课程（含未发布），供课程编辑', { querystring: ZCourseManageQuery }, (req, user) => manageCourses(db, user, req.query));
  r.get('/api/courses/guidance-options', manage, '可作为课时的指导文件（按标题搜索）', { querystring: ZGuidanceOptionQuery }, (req, user) => guidanceOptions(db, user, req.query.q));
  r.create('/api/courses', manage, '新建课程（课时为法条、指导文件或图文）', { body: ZCourseInput }, (req, user) => createCourse(db, user, req.body));
  r.get('/api/courses/:id', { permission: 'training.learn', scope: 'bureau' }, '课程与各课时正文（法条原文、指导文件）及本人进度', { params: ZIdParam }, (req, user) => getCourse(db, user, req.params.id));
  r.put('/api/courses/:id', manage, '修改课程（带 version，过期返回 409）', { params: ZIdParam, body: ZCourseUpdate }, (req, user) => updateCourse(db, user, req.params.id, req.body));
  r.post('/api/courses/:id/lessons/:key/done', learn, '标记课时已学（重复标记保留首次时间）', { params: ZLessonParams }, (req, user) => markLessonDone(db, user, req.params.id, req.params.key));
  r.create('/api/course-attachments', manage, '上传课时附件（file；PDF、.docx、.xlsx、JPG、PNG，按文件内容识别，≤10 MB）', { consumes: ['multipart/form-data'] }, async (req, user) =>
    uploadCourseAttachment(ctx, user, await readImageUpload(req)),
  );
  r.get('/api/courses/:id/attachments/:fileId', { permission: 'training.learn', scope: 'bureau' }, '下载课时附件（能读该课程者；不在课时中的文件 404）', { params: ZCourseAttachmentParams }, async (req, user, reply) => {
    return sendUpload(reply, await downloadCourseAttachment(ctx, user, req.params.id, req.params.fileId));
  });
  r.get('/api/training/records', { permission: 'training.learn', scope: 'bureau' }, '学习记录（按学员和课程；科室、领导可看全区，其他人只看本人）', { querystring: ZTrainingRecordQuery }, (req, user) =>
    trainingRecords(db, user, req.query),
  );
}
