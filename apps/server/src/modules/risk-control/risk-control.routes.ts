import { ZIdParam } from '@shian/shared/http';
import { ZRiskControlAdopt, ZRiskControlKindParams, ZRiskControlListQuery, ZRiskControlTemplateSave } from '@shian/shared/risk-control';
import type { TContext } from '../../core/context.ts';
import type { TApp } from '../../core/http.ts';
import { routeTable } from '../../core/route-table.ts';
import { adoptList, getList, getTemplate, listAdoption, listFile, listTemplates, saveTemplate } from './risk-control.service.ts';
import { DOCX_TYPE, contentDisposition } from '../../core/download.ts';

export function registerRiskControlRoutes(app: TApp, ctx: TContext): void {
  const reference = { permission: 'risk-control.read', scope: 'bureau' } as const;
  const manage = { permission: 'risk-control.manage', scope: 'bureau' } as const;
  const read = { permission: 'risk-control.read', scope: 'data-scope' } as const;
  const adopt = { permission: 'risk-control.adopt', scope: 'data-scope' } as const;
  const r = routeTable(app, ['risk-control']);

  r.get('/api/risk-control/templates', reference, '风险管控清单模板（各业态现行版本）', {}, (_req, user) => listTemplates(ctx, user));
  r.get('/api/risk-control/templates/:kind', reference, '某业态风险管控清单模板（现行版本）', { params: ZRiskControlKindParams }, (req, user) => getTemplate(ctx, user, req.params.kind));
  r.put('/api/risk-control/templates/:kind', manage, '保存模板为新版本（带现行版本号，过期 409；已采用的清单保留原版本）', { params: ZRiskControlKindParams, body: ZRiskControlTemplateSave }, (req, user) =>
    saveTemplate(ctx, user, req.params.kind, req.body),
  );
  r.get('/api/risk-control/lists', read, '风险管控清单采用情况（按经营主体；可按街道、是否采用、业态筛选）', { querystring: ZRiskControlListQuery }, (req, user) => listAdoption(ctx, user, req.query));
  r.get('/api/risk-control/lists/:id', read, '经营主体的风险管控清单（未采用时为本业态现行模板预览；id 为经营主体 id）', { params: ZIdParam }, (req, user) => getList(ctx, user, req.params.id));
  r.put('/api/risk-control/lists/:id', adopt, '经营主体采用并调整本单位风险管控清单（不适用项、自有管控点、食品安全员与总监；version 0 首次采用）', { params: ZIdParam, body: ZRiskControlAdopt }, (req, user) =>
    adoptList(ctx, user, req.params.id, req.body),
  );
  r.get('/api/risk-control/lists/:id/docx', read, '下载风险管控清单（Word .docx，已采用的）', { params: ZIdParam }, async (req, user, reply) => {
    const { buffer, fileName } = await listFile(ctx, user, req.params.id);
    return reply.header('Content-Type', DOCX_TYPE).header('Content-Disposition', contentDisposition(fileName)).send(buffer);
  });
}
