import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import type { TDrawFilter } from '@shian/shared/draw';
import { bureauIdColumn, station } from '../org/org.schema.ts';
import type { TDrawn, TInspectorPoolEntry } from './random-draw.algorithm.ts';

/**
 * A random inspection draw (双随机): N operators from a filtered pool and inspectors from an
 * inspector pool. The seed and both pools are stored, so anyone can re-run it and get the same list.
 */
export const randomDraw = pgTable('random_draw', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  stationId: uuid('station_id').references(() => station.id),
  name: text('name').notNull(),
  seed: text('seed').notNull(),
  /** The filter that built the operator pool, for the record. */
  filter: jsonb('filter').$type<TDrawFilter>().notNull(),
  /** Operator ids in pool order (sorted), and the inspector pool with each one's last-inspected operators. */
  operatorPool: jsonb('operator_pool').notNull(),
  inspectorPool: jsonb('inspector_pool').$type<TInspectorPoolEntry[]>().notNull(),
  operatorCount: integer('operator_count').notNull(),
  inspectorsPerOperator: integer('inspectors_per_operator').notNull().default(2),
  result: jsonb('result').$type<TDrawn[]>().notNull(),
  published: boolean('published').notNull().default(false),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: uuid('created_by').notNull(),
  ...timestamps(),
  version: versionColumn(),
});
