import { ZChecklistItemsPut, ZChecklistListQuery, ZChecklistVersionBody } from '@shian/shared/checklist';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { createDraft, getChecklist, listChecklists, publishChecklist, replaceItems } from './checklist.service.ts';

export function registerChecklistRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'inspection.read', scope: 'bureau' } as const;
  const manage = { permission: 'checklist.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['checklists']);

  r.get('/api/checklists', read, '监督检查要点表（各版本）', { querystring: ZChecklistListQuery }, (req, user) => listChecklists(ctx, user, req.query));
  r.get('/api/checklists/:id', read, '要点表某版本及其检查项目', { params: ZIdParam }, (req, user) => getChecklist(ctx, user, req.params.id));
  r.post('/api/checklists/:id/draft', manage, '以该版本为底稿新建下一版草稿（已有草稿则返回它）', { params: ZIdParam }, async (req, user, reply) => {
    const { created, checklist } = await createDraft(ctx, user, req.params.id);
    return reply.status(created ? 201 : 200).send(checklist);
  });
  r.put('/api/checklists/:id/items', manage, '替换草稿的全部检查项目（带 version）', { params: ZIdParam, body: ZChecklistItemsPut }, (req, user) => replaceItems(ctx, user, req.params.id, req.body));
  r.post('/api/checklists/:id/publish', manage, '发布草稿，上一发布版本随之停用', { params: ZIdParam, body: ZChecklistVersionBody }, (req, user) => publishChecklist(ctx, user, req.params.id, req.body.version));
}
