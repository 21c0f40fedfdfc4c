import { ZChecklistItemsPut, ZChecklistListQuery, ZChecklistVersionBody } from '@shian/shared/checklist';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { createDraft, getChecklist, listChecklists, publishChecklist, replaceItems } from './checklist.service.ts';

export function registerChecklistRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'inspection.read', scope: 'bureau' } } as const;
  const manage = { access: { permission: 'checklist.manage', scope: 'bureau' } } as const;
  const tags = ['checklists'];

  app.get(
    '/api/checklists',
    { config: read, schema: { tags, summary: '监督检查要点表（各版本）', querystring: ZChecklistListQuery } },
    async (request) => listChecklists(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/checklists/:id',
    { config: read, schema: { tags, summary: '要点表某版本及其检查项目', params: ZIdParam } },
    async (request) => getChecklist(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/checklists/:id/draft',
    { config: manage, schema: { tags, summary: '以该版本为底稿新建下一版草稿（已有草稿则返回它）', params: ZIdParam } },
    async (request, reply) => {
      const { created, checklist } = await createDraft(ctx, userOf(request), request.params.id);
      return reply.status(created ? 201 : 200).send(checklist);
    },
  );
  app.put(
    '/api/checklists/:id/items',
    { config: manage, schema: { tags, summary: '替换草稿的全部检查项目（带 version）', params: ZIdParam, body: ZChecklistItemsPut } },
    async (request) => replaceItems(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/checklists/:id/publish',
    { config: manage, schema: { tags, summary: '发布草稿，上一发布版本随之停用', params: ZIdParam, body: ZChecklistVersionBody } },
    async (request) => publishChecklist(ctx, userOf(request), request.params.id, request.body.version),
  );
}
