// A module's route table: one line a route, stating its method and path, who may call it, the OpenAPI
// summary, the shared zod schemas and the handler (docs/conventions.md, "HTTP"). It writes once what every
// route repeated: the `config.access` wrapper, the module's OpenAPI tags and `userOf(request)`.
import type { FastifyReply, FastifyRequest, FastifySchema, RawRequestDefaultExpression, RawServerDefault, RouteGenericInterface } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { userOf, type TAccess, type TSessionUser } from './access.ts';
import type { TApp } from './http.ts';

/** The zod schemas of a route (and OpenAPI-only settings); tags and summary are given separately. */
export type TRouteSchema = { params?: ZodType; querystring?: ZodType; body?: ZodType; hide?: boolean; consumes?: string[] };

type TRequest<S extends TRouteSchema> = FastifyRequest<RouteGenericInterface, RawServerDefault, RawRequestDefaultExpression, S, ZodTypeProvider>;
/** A public route may be called without a session: its handler gets the user only when one is signed in. */
type TUserFor<A extends TAccess> = A extends { public: true } ? TSessionUser | null : TSessionUser;
/** Returns the response body, or sends it through `reply` (files, status codes) and returns the reply. */
type THandler<S extends TRouteSchema, A extends TAccess> = (request: TRequest<S>, user: TUserFor<A>, reply: FastifyReply) => unknown;
type TRoute = <S extends TRouteSchema, A extends TAccess>(url: string, access: A, summary: string, schema: S, handler: THandler<S, A>) => void;

export type TRouteTable = { get: TRoute; post: TRoute; put: TRoute; patch: TRoute; delete: TRoute; create: TRoute; stream: TRoute };

/** The route table of a module whose routes appear under `tags` in the OpenAPI description. */
export function routeTable(app: TApp, tags: string[]): TRouteTable {
  const add =
    (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', status?: number, stream?: true): TRoute =>
    (url, access, summary, schema, handler) => {
      // The table is typed per route above; registering, the schema is plain data.
      const routeSchema: FastifySchema = { tags, summary, ...schema };
      app.route({
        method,
        url,
        config: { access, ...(stream ? { stream } : {}) },
        schema: routeSchema,
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          const user = ('public' in access ? (request.user ?? null) : userOf(request)) as TUserFor<typeof access>;
          const result = await handler(request as unknown as TRequest<typeof schema>, user, reply);
          if (status === undefined || result === reply) return result;
          return reply.status(status).send(result);
        },
      });
    };
  /**
   * `create` is a POST that answers 201 Created with what the handler returns. `stream` is a GET that answers an
   * endless stream (Server-Sent Events): marked in the access table, since a probe that waits for the end of each
   * answer (app.inject) must not call it.
   */
  return { get: add('GET'), post: add('POST'), put: add('PUT'), patch: add('PATCH'), delete: add('DELETE'), create: add('POST', 201), stream: add('GET', undefined, true) };
}
