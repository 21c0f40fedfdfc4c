import { date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { SERVICE_STATION_STATUSES } from '@shian/shared/service-station';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';

/** A consumer service station (12315 消费维权服务站) hosted by an operator; never deleted, only revoked. */
export const serviceStation = pgTable(
  'service_station',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhoneEncrypted: text('contact_phone_encrypted').notNull(),
    establishedOn: date('established_on').notNull(),
    /** active | suspended | revoked */
    status: text('status', { enum: SERVICE_STATION_STATUSES }).notNull().default('active'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('service_station_operator_idx').on(t.operatorId), index('service_station_status_idx').on(t.bureauId, t.status)],
);
