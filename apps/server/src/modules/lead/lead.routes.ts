import { ZLeadListQuery } from '@shian/shared/lead';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { listLeads } from './lead.service.ts';

export function registerLeadRoutes(app: TApp, ctx: TContext): void {
  app.get(
    '/api/leads',
    {
      config: { access: { permission: 'lead.read', scope: 'data-scope' } },
      schema: { tags: ['leads'], summary: '案件线索列表（来源与链接）', querystring: ZLeadListQuery },
    },
    async (request) => listLeads(ctx, userOf(request), request.query),
  );
}
