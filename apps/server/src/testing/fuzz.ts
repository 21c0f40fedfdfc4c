// Malformed requests derived from the OpenAPI description of the running platform, so that a new route is
// fuzzed without anyone listing it: wrong types, missing and extra fields, NUL and lone surrogates in every
// kind of text, huge strings and arrays, deep nesting, bad JSON, wrong content types, broken multipart bodies
// and random ids. Sampled with a seeded PRNG: the same seed sends the same requests (fuzz.int.test.ts, bench/).
import { mulberry32 } from '../core/mulberry32.ts';
import { performance } from 'node:perf_hooks';
import type { LightMyRequestResponse } from 'fastify';
import type { TTestPlatform } from './test-platform.ts';

type TSchema = {
  type?: string;
  properties?: Record<string, TSchema>;
  required?: string[];
  items?: TSchema;
  enum?: unknown[];
  anyOf?: TSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
};
type TParameter = { in: string; name: string; required?: boolean; schema: TSchema };
type TOperation = { method: string; path: string; parameters: TParameter[]; body: TSchema | null };
type TOpenApi = { paths: Record<string, Record<string, { parameters?: TParameter[]; requestBody?: { content: Record<string, { schema: TSchema }> } }>> };

/** One request to send and what is malformed about it (for the failure message). */
type TFuzzCase = { method: string; url: string; what: string; anonymous: boolean; address: string; headers: Record<string, string>; payload?: string | Buffer };
export type TFuzzFailure = { method: string; url: string; what: string; actor: string; status: number; body: string };
export type TFuzzResult = {
  seed: number;
  operations: number;
  sent: number;
  statuses: Record<number, number>;
  failures: TFuzzFailure[];
  seconds: number;
  /** The operations that took longest in all, slowest first: where the run's time goes. */
  slowest: { operation: string; seconds: number }[];
  /** Stream operations left out (they never end under inject). */
  skippedStreams: string[];
};

type TRandom = () => number;

const pick = <T>(random: TRandom, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function randomUuid(random: TRandom): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function operationsOf(spec: TOpenApi): TOperation[] {
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}

/** A plausible value for a schema, the starting point that a mutation then breaks in one place. */
function sample(schema: TSchema, random: TRandom): unknown {
  if (schema.anyOf) return sample(pick(random, schema.anyOf), random);
  if (schema.enum) return pick(random, schema.enum);
  switch (schema.type) {
    case 'object': {
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties ?? {}).filter(([key]) => required.has(key) || random() < 0.5);
      return Object.fromEntries(entries.map(([key, property]) => [key, sample(property, random)]));
    }
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () => sample(schema.items ?? {}, random));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return random() < 0.5;
    case 'string':
      if (schema.format === 'uuid') return randomUuid(random);
      if (schema.format === 'date') return '2026-03-02';
      if (schema.format === 'date-time') return '2026-03-02T08:00:00+08:00';
      if (schema.format === 'email') return 'fuzz@example.com';
      return '抽检'.repeat(Math.max(1, Math.ceil((schema.minLength ?? 1) / 2))).slice(0, Math.max(schema.maxLength ?? 20, 1));
    default:
      return 'fuzz';
  }
}

type TSlot = { holder: Record<string, unknown>; key: string; path: string };

/** Every place in a value that a mutation may replace: object properties and array items, nested. */
function slotsOf(value: unknown, path = 'body'): TSlot[] {
  if (!value || typeof value !== 'object') return [];
  const holder = value as Record<string, unknown>;
  return Object.entries(holder).flatMap(([key, item]) => [{ holder, key, path: `${path}.${key}` }, ...slotsOf(item, `${path}.${key}`)]);
}
const objectsOf = (value: unknown): Record<string, unknown>[] =>
  [value, ...slotsOf(value).map((s) => s.holder[s.key])].filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));

const NUL_TEXTS = ['\u0000', 'a\u0000b', '食\u0000安'];
const SURROGATE_TEXTS = ['\ud800', 'a\udc00', '\udfff\ud800', '食\udbff'];
const WRONG_VALUES: unknown[] = [0, -1, 1.5, 1e308, true, false, null, {}, [], '', 'fuzz', [null], { a: 1 }];
const HUGE_STRING_LENGTHS = [10_000, 200_000, 1_100_000];
/** JSON text spliced in where a value would be: nesting deeper than JSON.stringify itself could write. */
const DEEP = '"__fuzz_deep__"';
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

type TBodyMutation = { what: string; payload: string; contentType: string };

function mutateBody(schema: TSchema, random: TRandom): TBodyMutation {
  const value = sample(schema, random);
  const slots = slotsOf(value);
  const stringSlots = slots.filter((s) => typeof s.holder[s.key] === 'string');
  const json = (what: string, v: unknown = value): TBodyMutation => ({ what, payload: JSON.stringify(v), contentType: 'application/json' });
  const setText = (texts: readonly string[], label: string) => {
    const text = pick(random, texts);
    const slot = stringSlots.length > 0 ? pick(random, stringSlots) : null;
    if (!slot) return json(`body.fuzz: ${label}`, { ...(value as object), fuzz: text });
    slot.holder[slot.key] = text;
    return json(`${slot.path}: ${label}`);
  };
  const kind = pick(random, [
    'wrong type',
    'missing',
    'extra',
    'nul',
    'surrogate',
    'surrogate key',
    'huge string',
    'deep',
    'huge array',
    'bad json',
    'content type',
    'whole body',
  ] as const);
  switch (kind) {
    case 'wrong type': {
      const wrong = pick(random, WRONG_VALUES);
      const slot = slots.length > 0 ? pick(random, slots) : null;
      if (!slot) return json(`body: ${JSON.stringify(wrong)}`, wrong);
      slot.holder[slot.key] = wrong;
      return json(`${slot.path}: ${JSON.stringify(wrong)}`);
    }
    case 'missing': {
      const holder = pick(random, objectsOf(value));
      const key = holder ? pick(random, Object.keys(holder)) : undefined;
      if (holder && key !== undefined) delete holder[key];
      return json(`missing ${key ?? '(nothing to drop)'}`);
    }
    case 'extra': {
      const holder = pick(random, objectsOf(value));
      if (holder) holder[pick(random, ['fuzzExtra', '__proto__', 'constructor', 'id', 'version'])] = pick(random, WRONG_VALUES);
      return json('extra field');
    }
    case 'nul':
      return setText(NUL_TEXTS, 'NUL');
    case 'surrogate':
      return setText(SURROGATE_TEXTS, 'lone surrogate');
    case 'surrogate key':
      return json('NUL and lone surrogate in keys', { ...(value as object), 'k\u0000': 1, '\ud800': 'x' });
    case 'huge string': {
      const length = pick(random, HUGE_STRING_LENGTHS);
      return { ...setText(['x'.repeat(length)], `${length} characters`), what: `string of ${length} characters` };
    }
    case 'deep': {
      const depth = pick(random, [100, 5_000, 200_000]);
      const slot = slots.length > 0 ? pick(random, slots) : null;
      if (slot) slot.holder[slot.key] = DEEP.slice(1, -1);
      const text = slot ? JSON.stringify(value).replace(DEEP, deepArray(depth)) : deepArray(depth);
      return { what: `${slot?.path ?? 'body'}: arrays ${depth} deep`, payload: text, contentType: 'application/json' };
    }
    case 'huge array': {
      const length = pick(random, [1_000, 100_000]);
      const slot = slots.length > 0 ? pick(random, slots) : null;
      const items = Array.from({ length }, () => pick(random, ['x', 0, {}]));
      if (!slot) return json(`body: array of ${length}`, items);
      slot.holder[slot.key] = items;
      return json(`${slot.path}: array of ${length}`);
    }
    case 'bad json': {
      const text = pick(random, ['{', '{"a":', '[1,2', '{"a":1}}', 'nul', "{'a':1}", '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"__proto__":{"x":1}}', '\u0000', '']);
      return { what: `JSON ${JSON.stringify(text)}`, payload: text, contentType: 'application/json' };
    }
    case 'content type': {
      const [contentType, payload] = pick(random, [
        ['text/plain', 'hello\u0000'],
        ['application/x-www-form-urlencoded', 'a=1&b=%00'],
        ['application/xml', '<a/>'],
        ['application/json; charset=utf-16', JSON.stringify(value)],
        ['application/octet-stream', '\u0000\u0001'],
      ] as const);
      return { what: `content type ${contentType}`, payload, contentType };
    }
    case 'whole body': {
      const whole = pick(random, WRONG_VALUES);
      return json(`body ${JSON.stringify(whole)}`, whole);
    }
  }
}

/** Broken multipart bodies, for every write route: the upload routes are not listed anywhere else. */
function brokenMultipart(random: TRandom): { what: string; payload: Buffer; contentType: string } {
  const boundary = `fuzz${Math.floor(random() * 1e9)}`;
  const part = (name: string, filename: string | null, content: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename === null ? '' : `; filename="${filename}"`}\r\nContent-Type: image/jpeg\r\n\r\n${content}\r\n`;
  const whole = `${part('itemId', null, 'x')}${part('file', 'photo.jpg', '\xff\xd8\xff fuzz')}--${boundary}--\r\n`;
  const header = `multipart/form-data; boundary=${boundary}`;
  const variants: [string, string, string][] = [
    ['boundary does not match the header', whole, 'multipart/form-data; boundary=not-the-boundary'],
    ['body cut off', whole.slice(0, Math.floor(random() * whole.length)), header],
    ['NUL in the file name', `${part('file', 'ph\u0000oto.jpg', 'x')}--${boundary}--\r\n`, header],
    ['lone surrogate in the file name', `${part('file', 'ph\ud800oto.jpg', 'x')}--${boundary}--\r\n`, header],
    ['NUL in a text field', `${part('title', null, 'a\u0000b')}${part('file', 'a.jpg', 'x')}--${boundary}--\r\n`, header],
    ['NUL in a field name', `${part('ti\u0000tle', null, 'a')}${part('file', 'a.jpg', 'x')}--${boundary}--\r\n`, header],
    ['no boundary', whole, 'multipart/form-data'],
    ['boundary of 300 characters', whole, `multipart/form-data; boundary=${'b'.repeat(300)}`],
    ['empty body', '', header],
    ['no file part', `${part('title', null, 'a')}--${boundary}--\r\n`, header],
    ['two files', `${part('file', 'a.jpg', 'x')}${part('file', 'b.jpg', 'y')}--${boundary}--\r\n`, header],
    ['garbage', 'not multipart at all', header],
  ];
  const [what, body, contentType] = pick(random, variants);
  return { what: `multipart: ${what}`, payload: Buffer.from(body, 'utf8'), contentType };
}

const PATH_VALUES = ['not-a-uuid', '%00', 'a%00b', '%ED%A0%80', '..%2F..%2Fetc%2Fpasswd', '-1', '0', '00000000-0000-0000-0000-000000000000', 'x'.repeat(500), '%F0%9F%8D%9C'];
const QUERY_VALUES = ['%00', 'a%00b', '%ED%A0%80', '%uD800', 'abc', '-1', '1e999', '1.5', 'true', '', '%E9%A3%9F', 'x'.repeat(100_000), '2026-02-30', '9999-99-99'];

function queryValue(schema: TSchema, random: TRandom): string {
  const value = sample(schema, random);
  return encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
}

function buildCase(op: TOperation, random: TRandom): TFuzzCase {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const writes = op.method !== 'GET' && op.method !== 'DELETE';
  const kinds = [
    ...(pathParams.length > 0 ? ['path'] : []),
    ...(queryParams.length > 0 ? ['query', 'query', 'query'] : ['query']),
    ...(op.body ? ['body', 'body', 'body', 'body'] : []),
    ...(writes ? ['multipart', 'multipart'] : []),
  ];
  const kind = pick(random, kinds);
  const whats: string[] = [];

  let path = op.path;
  for (const param of pathParams) {
    let value = randomUuid(random);
    if (kind === 'path' && random() < 0.7) {
      value = pick(random, PATH_VALUES);
      whats.push(`path ${param.name}=${value.slice(0, 40)}`);
    }
    path = path.replace(`{${param.name}}`, value);
  }

  const query: string[] = [];
  for (const param of queryParams) if (param.required || random() < 0.3) query.push(`${param.name}=${queryValue(param.schema, random)}`);
  if (kind === 'query') {
    const param = queryParams.length > 0 ? pick(random, queryParams) : null;
    const name = param?.name ?? 'fuzz';
    const how = pick(random, ['value', 'value', 'value', 'repeated', 'array', 'missing', 'unknown'] as const);
    if (how === 'missing' && param) {
      const index = query.findIndex((q) => q.startsWith(`${name}=`));
      if (index >= 0) query.splice(index, 1);
      whats.push(`query ${name} missing`);
    } else if (how === 'repeated') {
      query.push(`${name}=a`, `${name}=b`);
      whats.push(`query ${name} repeated`);
    } else if (how === 'array') {
      query.push(`${name}[]=1`, `${name}[a]=2`);
      whats.push(`query ${name}[]`);
    } else if (how === 'unknown') {
      query.push(`${pick(random, ['fuzz', '__proto__', 'constructor', 'a%00'])}=1`);
      whats.push('unknown query parameter');
    } else {
      const value = pick(random, QUERY_VALUES);
      query.push(`${name}=${value}`);
      whats.push(`query ${name}=${value.slice(0, 40)}${value.length > 40 ? `… (${value.length})` : ''}`);
    }
  }

  const headers: Record<string, string> = {};
  let payload: string | Buffer | undefined;
  if (kind === 'body' && op.body) {
    const mutation = mutateBody(op.body, random);
    whats.push(mutation.what);
    headers['content-type'] = mutation.contentType;
    payload = mutation.payload;
  } else if (kind === 'multipart') {
    const mutation = brokenMultipart(random);
    whats.push(mutation.what);
    headers['content-type'] = mutation.contentType;
    payload = mutation.payload;
  } else if (op.body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(sample(op.body, random));
  }
  if (random() < 0.2) headers['accept-language'] = 'en';
  const url = `${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  // Client addresses from the documentation range (RFC 5737; inject sends nothing on a network): spread over
  // many, the per-address limits of sign-in and public routes let most requests through to validation.
  const address = `192.0.2.${1 + Math.floor(random() * 254)}`;
  return {
    method: op.method,
    url,
    what: whats.join('; ') || (pathParams.length > 0 ? 'random ids in the path' : 'a plausible request'),
    anonymous: random() < 0.5,
    address,
    headers,
    payload,
  };
}

/** The seed from FUZZ_SEED, or a new one: printed by the caller so that a failing run can be replayed. */
export function fuzzSeed(): number {
  return process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
}

/**
 * Sends `requests` malformed requests, every operation of the OpenAPI description in turn, each as the
 * administrator or anonymous (with the CSRF header, so that they reach validation); records every 5xx.
 */
export async function runFuzz(platform: TTestPlatform, options: { seed: number; requests: number; adminCookie: () => Promise<string> }): Promise<TFuzzResult> {
  const random = mulberry32(options.seed);
  // Streams (route-table.ts `stream`) never end, and inject waits for the end: left out here, visibly, and opened
  // over a real socket by their own tests (notification.int.test.ts).
  const streams = new Set(platform.app.accessTable.filter((e) => e.stream).map((e) => `${e.method} ${e.url.replace(/:(\w+)/g, '{$1}')}`));
  const operations = operationsOf((await platform.request({ method: 'GET', url: '/api/openapi.json' })).json()).filter((op) => !streams.has(`${op.method} ${op.path}`));
  const statuses: Record<number, number> = {};
  const failures: TFuzzFailure[] = [];
  const secondsByOperation = new Map<string, number>();
  let admin = await options.adminCookie();
  const start = performance.now();
  for (let i = 0; i < options.requests; i++) {
    const operation = operations[i % operations.length];
    const fuzzCase = buildCase(operation, random);
    const sentAt = performance.now();
    const send = (): Promise<LightMyRequestResponse> =>
      platform.request({
        method: fuzzCase.method as 'GET',
        url: fuzzCase.url,
        headers: fuzzCase.headers,
        payload: fuzzCase.payload,
        remoteAddress: fuzzCase.address,
        ...(fuzzCase.anonymous ? {} : { cookie: admin }),
      });
    let status: number;
    let body: string;
    try {
      let response = await send();
      // A request may end the administrator's session (sign-out takes any body): sign in again and resend.
      if (!fuzzCase.anonymous && response.statusCode === 401) {
        admin = await options.adminCookie();
        response = await send();
      }
      status = response.statusCode;
      body = response.body;
    } catch (error) {
      // The server did not answer at all: as bad as a 500.
      status = 0;
      body = String(error);
    }
    const name = `${operation.method} ${operation.path}`;
    secondsByOperation.set(name, (secondsByOperation.get(name) ?? 0) + (performance.now() - sentAt) / 1000);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 500 || status === 0) {
      const actor = fuzzCase.anonymous ? 'anonymous' : 'admin';
      failures.push({ method: fuzzCase.method, url: fuzzCase.url.slice(0, 300), what: fuzzCase.what, actor, status, body: body.slice(0, 500) });
    }
  }
  const slowest = [...secondsByOperation]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([operation, seconds]) => ({ operation, seconds }));
  return {
    seed: options.seed,
    operations: operations.length,
    sent: options.requests,
    statuses,
    failures,
    seconds: (performance.now() - start) / 1000,
    slowest,
    skippedStreams: [...streams],
  };
}
