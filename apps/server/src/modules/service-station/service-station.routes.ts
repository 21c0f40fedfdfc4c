import { ZIdParam } from '@shian/shared/http';
import { ZPublicServiceStationQuery, ZServiceStationCreate, ZServiceStationListQuery, ZServiceStationPatch } from '@shian/shared/service-station';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { createServiceStation, getServiceStation, listPublicServiceStations, listServiceStations, updateServiceStation } from './service-station.service.ts';

export function registerServiceStationRoutes(app: TApp, ctx: TContext): void {
  const open = { public: true } as const;
  const read = { permission: 'complaint.read', scope: 'data-scope' } as const;
  const manage = { permission: 'complaint.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['service-stations']);

  r.get('/api/public/service-stations', open, '12315 消费维权服务站（公开：在运行的服务站）', { querystring: ZPublicServiceStationQuery }, (req) => listPublicServiceStations(ctx, req.query));
  r.get('/api/service-stations', read, '消费维权服务站名录（联系电话按权限脱敏）', { querystring: ZServiceStationListQuery }, (req, user) => listServiceStations(ctx, user, req.query));
  r.create('/api/service-stations', manage, '登记消费维权服务站', { body: ZServiceStationCreate }, (req, user) => createServiceStation(ctx, user, req.body));
  r.get('/api/service-stations/:id', read, '消费维权服务站详情', { params: ZIdParam }, (req, user) => getServiceStation(ctx, user, req.params.id));
  r.patch('/api/service-stations/:id', manage, '修改服务站信息或状态（暂停、撤销；不删除）', { params: ZIdParam, body: ZServiceStationPatch }, (req, user) => updateServiceStation(ctx, user, req.params.id, req.body));
}
