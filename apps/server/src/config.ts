import path from 'node:path';

export type TConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  production: boolean;
  /** 128-bit SM4 key as 32 hex characters. */
  sm4Key: string;
  /** The web app's build, served at /. */
  webDir: string;
  logLevel: string;
};

// Only for development and demo: production refuses to start without SHIAN_SM4_KEY.
const DEMO_SM4_KEY = '5348494e414e2d44454d4f2d4b455931';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  const production = env.NODE_ENV === 'production';
  const sm4Key = env.SHIAN_SM4_KEY ?? (production ? '' : DEMO_SM4_KEY);
  if (!/^[0-9a-fA-F]{32}$/.test(sm4Key)) {
    throw new Error('SHIAN_SM4_KEY must be set to 32 hex characters (a 128-bit SM4 key) in production');
  }
  const root = path.resolve(import.meta.dirname, '../../..');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? path.join(root, 'data')),
    databaseUrl: env.DATABASE_URL || null,
    production,
    sm4Key: sm4Key.toLowerCase(),
    webDir: path.resolve(env.WEB_DIR ?? path.join(root, 'apps/web/dist')),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
