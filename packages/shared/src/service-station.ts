// Consumer service stations (12315 消费维权服务站): complaint points hosted by businesses (markets,
// supermarkets, restaurants) where consumers are helped on the spot.
import { z } from 'zod';
import { ZPhone } from './operator.ts';
import { ZUnitCode } from './org.ts';

/** active: open to consumers; suspended: closed for a while; revoked: no longer a station (never deleted). */
export const SERVICE_STATION_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type TServiceStationStatus = (typeof SERVICE_STATION_STATUSES)[number];

const ZDate = z.iso.date({ message: 'date.invalid' });
const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

const fields = {
  name: text(100),
  operatorId: z.uuid({ message: 'id.invalid' }),
  address: text(300),
  contactName: text(50),
  contactPhone: ZPhone,
  establishedOn: ZDate,
  status: z.enum(SERVICE_STATION_STATUSES),
};

export const ZServiceStationCreate = z.strictObject({ ...fields, status: fields.status.default('active') });
export type TServiceStationCreate = z.infer<typeof ZServiceStationCreate>;

export const ZServiceStationPatch = z.strictObject({
  version: z.number().int().min(1),
  name: fields.name.optional(),
  address: fields.address.optional(),
  contactName: fields.contactName.optional(),
  contactPhone: fields.contactPhone.optional(),
  establishedOn: fields.establishedOn.optional(),
  status: fields.status.optional(),
});
export type TServiceStationPatch = z.infer<typeof ZServiceStationPatch>;

export const ZServiceStationListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  status: z.enum(SERVICE_STATION_STATUSES).optional(),
  unitCode: ZUnitCode.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TServiceStationListQuery = z.infer<typeof ZServiceStationListQuery>;

export const ZPublicServiceStationQuery = ZServiceStationListQuery.omit({ status: true });
export type TPublicServiceStationQuery = z.infer<typeof ZPublicServiceStationQuery>;

export type TServiceStation = {
  id: string;
  name: string;
  operatorId: string;
  operatorName: string;
  unitCode: string;
  unitName: string;
  address: string;
  contactName: string;
  /** In full for roles that may read contacts (personnel.contact.read), masked for the others. */
  contactPhone: string;
  establishedOn: string;
  status: TServiceStationStatus;
  version: number;
};

/** What the public list shows: where to go; the contact person's phone stays with the bureau. */
export type TPublicServiceStation = Pick<TServiceStation, 'id' | 'name' | 'operatorName' | 'unitName' | 'address' | 'establishedOn'>;
