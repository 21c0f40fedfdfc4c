import { can } from '@shian/shared/access';
import type { TPage } from '@shian/shared/http';
import type {
  TPublicServiceStation,
  TPublicServiceStationQuery,
  TServiceStation,
  TServiceStationCreate,
  TServiceStationListQuery,
  TServiceStationPatch,
} from '@shian/shared/service-station';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { maskPhone } from '../../core/crypto.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import * as repo from './service-station.repository.ts';
import { presentPublicStation, presentStation } from './service-station.presenter.ts';

const showContacts = (user: TSessionUser) => can(user.role, 'personnel.contact.read');

export async function listServiceStations(ctx: TContext, user: TSessionUser, query: TServiceStationListQuery): Promise<TPage<TServiceStation>> {
  const scope = operatorScopeOf(user);
  const { rows, total } = await repo.listStations(ctx.db, scope, query);
  return { items: rows.map((r) => presentStation(r, ctx.cipher, showContacts(user))), total, page: query.page, pageSize: query.pageSize };
}

export async function listPublicServiceStations(ctx: TContext, query: TPublicServiceStationQuery): Promise<TPage<TPublicServiceStation>> {
  const { rows, total } = await repo.listStations(ctx.db, null, query);
  return { items: rows.map(presentPublicStation), total, page: query.page, pageSize: query.pageSize };
}

export async function getServiceStation(ctx: TContext, user: TSessionUser, id: string): Promise<TServiceStation> {
  const row = await repo.findStation(ctx.db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return presentStation(row, ctx.cipher, showContacts(user));
}

const notInFuture = (date: string | undefined) => {
  if (date && date > chinaToday()) throw invalidField('establishedOn', { zh: '不能晚于今天', en: 'must not be in the future' });
};

/** Registers a station at an operator of the user's scope (a station user: its own units' operators). */
export async function createServiceStation(ctx: TContext, user: TSessionUser, input: TServiceStationCreate): Promise<TServiceStation> {
  const operator = await getOperator(ctx, user, input.operatorId);
  notInFuture(input.establishedOn);
  const { contactPhone, ...rest } = input;
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertStation(tx, { ...rest, operatorId: operator.id, bureauId: user.bureauId, contactPhoneEncrypted: ctx.cipher.encrypt(contactPhone) });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'service_station', entityId: row.id, after: { ...rest, contactPhone: maskPhone(contactPhone) } }]);
    return row;
  });
  return getServiceStation(ctx, user, created.id);
}

/** Any field but the host; a station is never deleted: it is suspended or revoked. */
export async function updateServiceStation(ctx: TContext, user: TSessionUser, id: string, patch: TServiceStationPatch): Promise<TServiceStation> {
  const before = await repo.findStation(ctx.db, operatorScopeOf(user), id);
  if (!before) throw notFound();
  notInFuture(patch.establishedOn);
  const { version, contactPhone, ...rest } = patch;
  await ctx.db.transaction(async (tx) => {
    await repo.updateStationVersioned(tx, id, version, { ...rest, ...(contactPhone ? { contactPhoneEncrypted: ctx.cipher.encrypt(contactPhone) } : {}) });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'update',
        entity: 'service_station',
        entityId: id,
        before: { name: before.name, address: before.address, contactName: before.contactName, establishedOn: before.establishedOn, status: before.status },
        after: { ...rest, ...(contactPhone ? { contactPhone: maskPhone(contactPhone) } : {}) },
      },
    ]);
  });
  return getServiceStation(ctx, user, id);
}
