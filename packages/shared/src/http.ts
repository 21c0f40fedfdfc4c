// Transport shapes every module's routes share: the id in a path, one page of a list.
import { z } from 'zod';

export const ZIdParam = z.strictObject({ id: z.uuid({ message: 'id.invalid' }) });

/** The body of a command that takes no input: none, or an empty object; anything else is refused. */
export const ZNoBody = z.strictObject({}).nullish();

export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };
