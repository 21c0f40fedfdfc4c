// The process that import-crash.int.test.ts kills: it imports one file through the HTTP routes, as the web
// app does, and waits for the background write. Usage: import-crash-child.ts complaints|operators FILE
// (DATABASE_URL names the database, already seeded with the demo accounts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { waitForBackgroundJobs } from '../core/jobs.ts';
import { openPlatform } from '../platform.ts';
import { DEMO_PASSWORD } from '../modules/demo/demo.public.ts';
import { multipartBody } from './multipart.ts';

const [kind, file] = process.argv.slice(2);
const ctx = await openPlatform(loadConfig());
const app = await buildApp(ctx, { logLevel: 'silent', webDir: null });
const username = kind === 'complaints' ? 'department' : 'admin';
const login = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-requested-with': 'XMLHttpRequest' }, payload: { username, password: DEMO_PASSWORD } });
if (login.statusCode !== 200) throw new Error(`login ${username}: ${login.statusCode} ${login.body}`);
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const headers = { 'x-requested-with': 'XMLHttpRequest', cookie };

async function call(method: 'POST', url: string, payload: unknown, extra: Record<string, string> = {}) {
  const response = await app.inject({ method, url, headers: { ...headers, ...extra }, payload: payload as string });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

const body = multipartBody({ fileName: path.basename(file), content: await readFile(file) });
if (kind === 'complaints') {
  const uploaded = await call('POST', '/api/complaint-imports', body.payload, body.headers);
  const checked = await call('POST', `/api/complaint-imports/${uploaded.id}/dry-run`, { mapping: uploaded.suggestedMapping, onExisting: 'skip' });
  await call('POST', `/api/complaint-imports/${checked.id}/commit`, { mode: 'all' });
} else {
  const checked = await call('POST', '/api/operator-imports', body.payload, body.headers);
  await call('POST', `/api/operator-imports/${checked.id}/commit`, { mode: 'all' });
}
console.log('writing');
await waitForBackgroundJobs();
console.log('done');
await app.close();
await ctx.database.close();
