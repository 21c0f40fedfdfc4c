// Opens the database for the configuration, migrates it, and builds the service context.
import path from 'node:path';
import type { TConfig } from '../config.ts';
import type { TContext } from './context.ts';
import { createSm4Cipher } from './crypto.ts';
import { migrateDatabase, openDatabase } from './db/database.ts';

export async function openPlatform(config: TConfig): Promise<TContext> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? null : path.join(config.dataDir, 'db'),
  });
  await migrateDatabase(database);
  return { db: database.db, database, cipher: createSm4Cipher(config.sm4Key), production: config.production };
}
