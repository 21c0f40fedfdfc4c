// Request validation with the shared zod schemas. Issues keep their input so that zod's
// locale can word the reason in the request's language later (http-errors.ts).
import type { FastifyInstance, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { Multipart } from '@fastify/multipart';
import type { z } from 'zod';

export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('request validation failed');
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };

// The text rule. PostgreSQL cannot store NUL in text or jsonb, and a lone UTF-16 surrogate has no UTF-8 form
// (the driver would silently turn it into U+FFFD, so what is stored, hashed and audited differs from what was
// sent). Neither is ever typed by a person: such text is refused, wherever it comes in.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the character this rule is for.
const FORBIDDEN_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FORBIDDEN_TEXT_REASON = 'text.forbiddenCharacter';
/** Enough to name the fields; a body made of bad strings need not be listed whole. */
const MAX_TEXT_ISSUES = 10;

const textIssue = (path: PropertyKey[]): z.core.$ZodIssue => ({ code: 'custom', path, message: FORBIDDEN_TEXT_REASON, input: undefined });

type TNode = { value: unknown; key: PropertyKey | null; parent: TNode | null };
const pathOf = (node: TNode | null): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let n = node; n && n.key !== null; n = n.parent) path.unshift(n.key);
  return path;
};
// Decoded JSON, query (fast-querystring's objects have a prototype of their own) and params; not the bytes of a Buffer.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);

/**
 * The fields of a decoded body, query or params whose text (or key) breaks the text rule. Breadth first with
 * a queue, not recursion: a 1 MB body may nest arrays half a million deep.
 */
export function forbiddenTextIssues(value: unknown): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const queue: TNode[] = [{ value, key: null, parent: null }];
  for (let i = 0; i < queue.length && issues.length < MAX_TEXT_ISSUES; i++) {
    const node = queue[i];
    if (typeof node.value === 'string') {
      if (FORBIDDEN_TEXT.test(node.value)) issues.push(textIssue(pathOf(node)));
    } else if (Array.isArray(node.value)) {
      for (const [index, item] of node.value.entries()) queue.push({ value: item, key: index, parent: node });
    } else if (isRecord(node.value)) {
      for (const [key, item] of Object.entries(node.value)) {
        // A bad key is reported on the object that holds it: echoing the key would echo the bad text.
        if (FORBIDDEN_TEXT.test(key)) issues.push(textIssue(pathOf(node)));
        else queue.push({ value: item, key, parent: node });
      }
    }
  }
  return issues;
}

/** A multipart part whose field name, file name or text value breaks the text rule is refused. */
function checkedPart<P extends Multipart>(part: P): P {
  const texts = [part.fieldname, part.type === 'file' ? part.filename : part.value];
  const path = FORBIDDEN_TEXT.test(part.fieldname) ? [] : [part.fieldname];
  if (texts.some((text) => typeof text === 'string' && FORBIDDEN_TEXT.test(text))) throw new RequestValidationError([textIssue(path)]);
  return part;
}

/** Wraps this request's multipart readers so that every part passes the text rule before a handler sees it. */
function guardMultipart(request: FastifyRequest) {
  const parts = request.parts.bind(request);
  const file = request.file.bind(request);
  const files = request.files.bind(request);
  request.parts = async function* (options) {
    for await (const part of parts(options)) yield checkedPart(part);
  };
  request.files = async function* (options) {
    for await (const part of files(options)) yield checkedPart(part);
  };
  request.file = async (options) => {
    const part = await file(options);
    return part && checkedPart(part);
  };
}

/**
 * Applies the text rule to every route's body, query and params before its schema runs (routes whose schema
 * omits a part included), and to every part of a multipart body as a handler reads it: 400 VALIDATION_FAILED
 * naming the fields, so that an export answers 400 before it sends a header.
 */
export function registerTextRule(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues = [request.params, request.query, request.body].flatMap(forbiddenTextIssues);
    if (issues.length > 0) throw new RequestValidationError(issues.slice(0, MAX_TEXT_ISSUES));
    if (request.isMultipart()) guardMultipart(request);
  });
}
