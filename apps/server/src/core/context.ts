import type { TCipher } from './crypto.ts';
import type { TDatabase, TDb } from './db/database.ts';
import type { TEventBus } from './events.ts';
import type { TNotificationChannel } from './notify.ts';
import type { TRiskSignalProvider } from './risk-signals.ts';
import type { TWorkItemProvider } from './work-items.ts';
import type { TPublicSearchProvider } from './public-search.ts';

/** What services need from the running platform, passed explicitly (no globals). */
export type TContext = {
  db: TDb;
  database: TDatabase;
  cipher: TCipher;
  production: boolean;
  events: TEventBus;
  /** Where uploaded files are kept (DATA_DIR/files). */
  filesDir: string;
  /** The audit chain's signed checkpoints (DATA_DIR/audit-checkpoints.jsonl), outside the database. */
  auditCheckpointFile: string;
  /** The dynamic part of the risk grade, one provider per module that has signals. */
  riskSignals: TRiskSignalProvider[];
  /** The workbench's open steps, one provider per module that keeps clocks. */
  workItems: TWorkItemProvider[];
  /** The public portal's search, one provider per module that publishes something to look up. */
  publicSearch: TPublicSearchProvider[];
  /** Where notifications go once stored (core/notify.ts): the in-app channel, and any gateway added later. */
  notificationChannels: TNotificationChannel[];
};
