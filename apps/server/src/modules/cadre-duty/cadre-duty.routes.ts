import { ZCampaignCreate, ZCampaignListQuery, ZDutyListQuery, ZDutyMineQuery, ZDutySettings, ZDutyTemplatePublish, ZDutyTemplateQuery, ZDutyYearQuery } from '@shian/shared/cadre-duty';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { routeTable } from '../../core/route-table.ts';
import { createCampaign, dutyUnitStatus, generateDuties, getDuty, getSettings, listCampaigns, listDuties, listTemplates, myDuty, pledgeFile, publishTemplate, signPledge, updateSettings } from './cadre-duty.service.ts';
import { DOCX_TYPE, contentDisposition } from '../../core/download.ts';

export function registerCadreDutyRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'cadre-duty.read', scope: 'data-scope' } as const;
  const reference = { permission: 'cadre-duty.read', scope: 'bureau' } as const;
  const manage = { permission: 'cadre.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['cadre-duties']);

  r.get('/api/cadre-duty-templates', reference, '三张清单与承诺书模板（按层级；含历史版本，现行版本 status=published）', { querystring: ZDutyTemplateQuery }, (req, user) => listTemplates(ctx, user, req.query));
  r.post('/api/cadre-duty-templates/:id/publish', manage, '发布模板新版本（带现行版本的 version；已生成的清单保留原版本）', { params: ZIdParam, body: ZDutyTemplatePublish }, (req, user) =>
    publishTemplate(ctx, user, req.params.id, req.body),
  );
  r.get('/api/cadre-duty-settings', reference, '督导频次（每季度次数，按层级）与承诺书签署时限（未设置时为默认值）', {}, (_req, user) => getSettings(ctx, user));
  r.put('/api/cadre-duty-settings', manage, '设置督导频次与承诺书签署时限（version 0 表示首次设置）', { body: ZDutySettings }, (req, user) => updateSettings(ctx, user, req.body));
  r.get('/api/cadre-campaigns', reference, '专项督导任务（节假日、重点时段）', { querystring: ZCampaignListQuery }, (req, user) => listCampaigns(ctx, user, req.query));
  r.create('/api/cadre-campaigns', manage, '新增专项督导任务（适用层级的干部须在期间督导全部包保主体）', { body: ZCampaignCreate }, (req, user) => createCampaign(ctx, user, req.body));

  r.post('/api/cadre-duties/generate', manage, '生成本年度各在岗包保干部的三张清单和承诺书（可重复执行，只补缺）', { querystring: ZDutyYearQuery }, (req, user) => generateDuties(ctx, user, req.query.year));
  r.get('/api/cadre-duties', read, '三张清单与承诺书签署情况（按干部；可按街道、是否签署筛选）', { querystring: ZDutyListQuery }, (req, user) => listDuties(ctx, user, req.query));
  r.get('/api/cadre-duties/by-unit', read, '承诺书签署情况（按街道汇总）', { querystring: ZDutyYearQuery }, (req, user) => dutyUnitStatus(ctx, user, req.query.year));
  r.get('/api/cadre-duties/mine', { permission: 'cadre-duty.read', scope: 'self' }, '我的三张清单（任务按督导记录计算完成情况）', { querystring: ZDutyMineQuery }, (req, user) => myDuty(ctx, user, req.query.year));
  r.get('/api/cadre-duties/:id', read, '包保干部的三张清单与承诺书', { params: ZIdParam }, (req, user) => getDuty(ctx, user, req.params.id));
  r.post('/api/cadre-duties/:id/sign', { permission: 'cadre-duty.sign', scope: 'data-scope' }, '干部本人手写签署承诺书（PNG 签名 + version）', { consumes: ['multipart/form-data'], params: ZIdParam }, async (req, user) =>
    signPledge(ctx, user, req.params.id, await readImageUpload(req)),
  );
  r.get('/api/cadre-duties/:id/pledge.docx', read, '下载承诺书（Word .docx，已签署的含签名）', { params: ZIdParam }, async (req, user, reply) => {
    const { buffer, fileName } = await pledgeFile(ctx, user, req.params.id);
    return reply.header('Content-Type', DOCX_TYPE).header('Content-Disposition', contentDisposition(fileName)).send(buffer);
  });
}
