import { ZIdParam } from '@shian/shared/http';
import { ZPublicServiceStationQuery, ZServiceStationCreate, ZServiceStationListQuery, ZServiceStationPatch } from '@shian/shared/service-station';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { createServiceStation, getServiceStation, listPublicServiceStations, listServiceStations, updateServiceStation } from './service-station.service.ts';

export function registerServiceStationRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'complaint.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'complaint.manage', scope: 'data-scope' } } as const;
  const tags = ['service-stations'];

  app.get(
    '/api/public/service-stations',
    { config: { access: { public: true } }, schema: { tags, summary: '12315 消费维权服务站（公开：在运行的服务站）', querystring: ZPublicServiceStationQuery } },
    async (request) => listPublicServiceStations(ctx, request.query),
  );
  app.get(
    '/api/service-stations',
    { config: read, schema: { tags, summary: '消费维权服务站名录（联系电话按权限脱敏）', querystring: ZServiceStationListQuery } },
    async (request) => listServiceStations(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/service-stations',
    { config: manage, schema: { tags, summary: '登记消费维权服务站', body: ZServiceStationCreate } },
    async (request, reply) => reply.status(201).send(await createServiceStation(ctx, userOf(request), request.body)),
  );
  app.get(
    '/api/service-stations/:id',
    { config: read, schema: { tags, summary: '消费维权服务站详情', params: ZIdParam } },
    async (request) => getServiceStation(ctx, userOf(request), request.params.id),
  );
  app.patch(
    '/api/service-stations/:id',
    { config: manage, schema: { tags, summary: '修改服务站信息或状态（暂停、撤销；不删除）', params: ZIdParam, body: ZServiceStationPatch } },
    async (request) => updateServiceStation(ctx, userOf(request), request.params.id, request.body),
  );
}
