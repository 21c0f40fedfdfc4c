// The public portal (公众服务门户): one search over what the bureau publishes, for citizens without an account.
import { z } from 'zod';

/** What the portal's search covers, in the order its tabs show them; each kind is one module's public search provider. */
export const PUBLIC_SEARCH_KINDS = ['operator', 'credit', 'law', 'standard', 'rumour'] as const;
export type TPublicSearchKind = (typeof PUBLIC_SEARCH_KINDS)[number];

export const ZPublicSearchQuery = z.strictObject({
  q: z
    .string()
    .default('')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces on purpose
    .transform((q) => q.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
    .pipe(z.string().min(1, { message: 'required' }).max(100)),
  kind: z.enum(PUBLIC_SEARCH_KINDS).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export type TPublicSearchQuery = z.infer<typeof ZPublicSearchQuery>;

/** One published thing found: its public page (`link`, a web path under /p) with a line of what it is. */
export type TPublicSearchItem = { kind: TPublicSearchKind; title: string; snippet: string; link: string };

export type TPublicSearchResult = {
  /** One kind a page: the asked kind, or without one the first kind (in PUBLIC_SEARCH_KINDS order) that found anything. */
  kind: TPublicSearchKind | null;
  items: TPublicSearchItem[];
  /** How many of that kind were found. */
  total: number;
  page: number;
  pageSize: number;
  counts: Record<TPublicSearchKind, number>;
};
