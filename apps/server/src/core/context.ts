import type { TCipher } from './crypto.ts';
import type { TDatabase, TDb } from './db/database.ts';

/** What services need from the running platform, passed explicitly (no globals). */
export type TContext = {
  db: TDb;
  database: TDatabase;
  cipher: TCipher;
  production: boolean;
};
