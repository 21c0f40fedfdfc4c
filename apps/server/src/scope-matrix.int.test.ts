// The scope matrix (issue 14, probe 1), generated from the route access table so that a new route is
// covered without anyone remembering it: every data-scope route × every role but admin × a foreign object
// (testing/scope-fixtures.ts). A role without the route's permission gets 403, one whose data scope is
// narrower than the district gets 404 for the foreign id and never sees it in a list, no refused write
// changes the stored row, and no collection write naming the foreign object (or escalation) writes anything
// for its operator. access.int.test.ts keeps the 401/403 checks with random ids on every route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLE_SCOPE, ROLES, type TPermission, type TRole } from '@shian/shared/access';
import { createTestPlatform, type TTestPlatform } from './testing/test-platform.ts';
import { FOREIGN_OBJECTS, footprint, foreignWorld, makeForeignObjects, snapshot, type TForeign, type TForeignWorld } from './testing/scope-fixtures.ts';
import { multipartBody } from './testing/multipart.ts';
import { testImage } from './testing/inspections.ts';

type TJsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  allOf?: TJsonSchema[];
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  items?: TJsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};
type TOperation = { requestBody?: { content: Record<string, { schema: TJsonSchema }> } };
type TRoute = { method: string; url: string; access: { permission: TPermission | 'signed-in'; scope: 'data-scope' | 'bureau' | 'self' } };

const RESTRICTED = ROLES.filter((role) => role !== 'admin');
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const STOPPED_BEFORE_SCOPE = new Set(['400 VALIDATION_FAILED', '415 UNSUPPORTED_FILE']);

let platform: TTestPlatform;
let world: TForeignWorld;
let objects: Map<string, TForeign>;
let paths: Record<string, Record<string, TOperation>>;
let photo: Buffer;
const cookies = {} as Record<TRole, string>;
/** What the tests below sent and checked, for the one-line summary. */
const totals = { routes: 0, requests: 0, forbidden: 0, foreignReads: 0, foreignWrites: 0, writesReachingScope: 0, collectionWrites: 0, listsRead: 0 };

beforeAll(async () => {
  platform = await createTestPlatform();
  for (const role of ROLES) cookies[role] = await platform.login(role);
  world = await foreignWorld(platform, cookies);
  objects = await makeForeignObjects(platform, world);
  paths = (await platform.request({ method: 'GET', url: '/api/openapi.json' })).json().paths;
  photo = await testImage();
});
afterAll(async () => {
  console.log(
    `scope matrix: ${totals.routes} data-scope routes × ${RESTRICTED.length} roles, ${totals.requests} requests: ${totals.forbidden} answered 403, ` +
      `${totals.foreignReads} foreign reads, ${totals.foreignWrites} foreign writes (${totals.writesReachingScope} reached the scope check, ` +
      `the rest stopped at validation), ${totals.collectionWrites} collection writes naming a foreign object or escalating, ${totals.listsRead} lists read`,
  );
  await platform.close();
});

const dataScopeRoutes = (): TRoute[] => platform.app.accessTable.filter((e): e is TRoute => 'scope' in e.access && e.access.scope === 'data-scope');
const hasPathParam = (url: string) => url.includes('/:');
/** The registry key of a route: its url up to and including the first `:id`. */
const resourceOf = (url: string) => (url.includes('/:id') ? url.slice(0, url.indexOf('/:id') + 4) : null);
const allowed = (role: TRole, permission: TPermission | 'signed-in') => permission === 'signed-in' || can(role, permission);

/**
 * Body fields that name an object, with the foreign object they name in the collection writes below (a station
 * user starting an inspection of another station's operator, filing a case on its lead, and so on).
 */
function foreignFields(): Record<string, unknown> {
  const id = (prefix: string) => objects.get(prefix)!.id;
  return {
    operatorId: world.operatorId,
    namedBusiness: world.operatorName,
    namedUscc: world.operatorUscc,
    planEntryId: id('/api/inspection-plans/:id'),
    followUpOf: id('/api/inspections/:id'),
    leadId: id('/api/leads/:id'),
    leadVersion: 1,
    caseId: id('/api/cases/:id'),
    sampleIds: [id('/api/samples/:id')],
    stationId: world.stationId,
    inspectorIds: world.inspectorIds,
  };
}

/**
 * A plausible value for a JSON schema: required fields (and `version`, and the fields of `named`), the first
 * of each choice, the smallest sizes.
 */
function sampleOf(schema: TJsonSchema | undefined, version: unknown, named: Record<string, unknown> = {}): unknown {
  if (!schema) return {};
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const choice = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (choice) return sampleOf(choice.find((s) => s.type !== 'null') ?? choice[0], version, named);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([name]) => schema.required?.includes(name) || name === 'version' || name in named)
          .map(([name, s]) => [name, name === 'version' ? version : name in named ? named[name] : sampleOf(s, version, named)]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items, version, named));
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'uuid') return crypto.randomUUID();
      if (schema.format === 'date') return '2026-03-02';
      if (schema.format === 'date-time') return '2026-03-02T02:00:00.000Z';
      return '越权测试'.padEnd(schema.minLength ?? 0, '试');
    default:
      return {};
  }
}

/**
 * The request a role sends to a route, its path ids naming the foreign object (other ids are random), with
 * the most plausible body: a sample of the route's JSON schema, or, where the OpenAPI description has no body
 * (uploads, whose multipart schema it does not carry, and steps without one), a photo upload.
 */
function requestFor(route: TRoute, foreign: TForeign, row: unknown) {
  const url = route.url.replace(/:id\b/, foreign.id).replace(/:\w+/g, () => crypto.randomUUID());
  const base = { method: route.method as 'GET', url };
  if (!WRITES.has(route.method) || route.method === 'DELETE') return base;
  const version = (row as { version?: number } | null)?.version ?? 1;
  const schema = paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
  if (schema) return { ...base, payload: sampleOf(schema, version) as object };
  const fields = { version: String(version), title: '越权测试', kind: 'photo', collectedOn: '2026-03-02' };
  return { ...base, ...multipartBody({ fileName: 'photo.jpg', content: photo, contentType: 'image/jpeg' }, fields) };
}

describe('scope matrix', () => {
  it('has a foreign object for every data-scope route with a path id', () => {
    // bureau-wide and self routes serve no one's data scope: recognised from their declaration, not listed.
    const missing = dataScopeRoutes()
      .filter((route) => hasPathParam(route.url) && !FOREIGN_OBJECTS[resourceOf(route.url) ?? route.url])
      .map((route) => `${route.method} ${route.url}`);
    expect(missing, 'add these resources to FOREIGN_OBJECTS in testing/scope-fixtures.ts').toEqual([]);
  });

  it('lets the district read each foreign object: the 404s below are scope, not a broken fixture', async () => {
    const seen = new Set<string>();
    const answers: [string, number][] = [];
    for (const route of dataScopeRoutes().filter((r) => r.method === 'GET' && resourceOf(r.url) === r.url)) {
      const foreign = objects.get(route.url)!;
      // The business's notices are the cases' own pages: one read per object.
      if (seen.has(foreign.id)) continue;
      seen.add(foreign.id);
      const cookie = foreign.ownedByDepartment ? cookies.department : cookies.admin;
      answers.push([route.url, (await platform.request({ method: 'GET', url: route.url.replace(':id', foreign.id), cookie })).statusCode]);
    }
    expect(answers.length).toBeGreaterThanOrEqual(15);
    expect(answers.filter(([, status]) => status !== 200)).toEqual([]);
  });

  it('answers 403 without the permission and 404 outside the scope on every path id, and writes nothing', async () => {
    const failures: string[] = [];
    const routes = dataScopeRoutes().filter((r) => hasPathParam(r.url));
    totals.routes = dataScopeRoutes().length;
    for (const role of RESTRICTED) {
      for (const route of routes) {
        const mayCall = allowed(role, route.access.permission);
        // A district role with the permission may act on any operator: there is nothing foreign to it.
        if (mayCall && ROLE_SCOPE[role] === 'district') continue;
        const foreign = objects.get(resourceOf(route.url)!)!;
        const before = await snapshot(platform, foreign);
        const response = await platform.request({ ...requestFor(route, foreign, before), cookie: cookies[role] });
        totals.requests += 1;
        const label = `${role} ${route.method} ${route.url}: ${response.statusCode} ${response.body.slice(0, 160)}`;
        const code = response.headers['content-type']?.toString().includes('json') ? response.json().error?.code : undefined;
        const write = WRITES.has(route.method);
        if (!mayCall) {
          totals.forbidden += 1;
          if (response.statusCode !== 403 || code !== 'FORBIDDEN') failures.push(`expected 403: ${label}`);
        } else if (!write) {
          totals.foreignReads += 1;
          if (response.statusCode !== 404 || code !== 'NOT_FOUND') failures.push(`expected 404: ${label}`);
        } else {
          totals.foreignWrites += 1;
          if (response.statusCode === 404 && code === 'NOT_FOUND') totals.writesReachingScope += 1;
          // A body refused by validation (400) or an unsupported upload (415) also writes nothing.
          else if (!STOPPED_BEFORE_SCOPE.has(`${response.statusCode} ${code}`)) failures.push(`expected 404: ${label}`);
        }
        if (write && JSON.stringify(await snapshot(platform, foreign)) !== JSON.stringify(before)) failures.push(`changed the foreign row: ${label}`);
      }
    }
    expect(failures).toEqual([]);
    expect(totals.writesReachingScope).toBeGreaterThan(totals.foreignWrites / 2);
  });

  it('creates nothing for the foreign operator from a collection write that names it, nor from an escalation', async () => {
    const failures: string[] = [];
    let sent = 0;
    const named = foreignFields();
    const writes = dataScopeRoutes().filter((r) => WRITES.has(r.method) && !hasPathParam(r.url));
    for (const route of writes) {
      const schema = paths[route.url]?.[route.method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
      // Uploads name no object in a JSON body; an import's rows are checked against the scope by its own tests.
      if (!schema && !route.url.endsWith('/escalate') && !route.url.endsWith('/expire')) continue;
      const payload = schema ? (sampleOf(schema, 1, named) as object) : undefined;
      const text = JSON.stringify(payload ?? {});
      const namesForeign = Object.values(named)
        .flat()
        .some((value) => typeof value === 'string' && text.includes(value));
      for (const role of RESTRICTED.filter((r) => ROLE_SCOPE[r] !== 'district' && allowed(r, route.access.permission))) {
        const before = await footprint(platform, world, objects);
        const response = await platform.request({ method: route.method as 'POST', url: route.url, cookie: cookies[role], ...(payload ? { payload } : {}) });
        sent += 1;
        totals.requests += 1;
        const label = `${role} ${route.method} ${route.url}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        if (namesForeign && response.statusCode < 300) failures.push(`accepted a foreign reference: ${label}`);
        if ((await footprint(platform, world, objects)) !== before) failures.push(`wrote for the foreign operator: ${label}`);
      }
    }
    totals.collectionWrites = sent;
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(10);
  });

  it('lists none of the foreign objects to a role whose scope is narrower than the district', async () => {
    const foreignIds = [world.operatorId, ...[...objects.values()].map((o) => o.id)];
    const lists = dataScopeRoutes().filter((r) => r.method === 'GET' && !hasPathParam(r.url));
    const leaks: string[] = [];
    let read = 0;
    let shownToAdmin = 0;
    for (const route of lists) {
      const adminBody = (await platform.request({ method: 'GET', url: route.url, cookie: cookies.admin })).body;
      if (foreignIds.some((id) => adminBody.includes(id))) shownToAdmin += 1;
      for (const role of RESTRICTED.filter((r) => ROLE_SCOPE[r] !== 'district' && allowed(r, route.access.permission))) {
        const response = await platform.request({ method: 'GET', url: route.url, cookie: cookies[role] });
        totals.requests += 1;
        if (response.statusCode !== 200) continue;
        read += 1;
        const shown = foreignIds.filter((id) => response.body.includes(id));
        if (shown.length > 0) leaks.push(`${role} GET ${route.url} shows ${shown.join(', ')}`);
      }
    }
    totals.listsRead = read;
    expect(leaks).toEqual([]);
    // The check means something only where the district sees the foreign objects.
    expect(shownToAdmin).toBeGreaterThanOrEqual(10);
  });
});
