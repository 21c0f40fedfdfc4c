// Transport shapes every module's routes share: the id in a path, one page of a list.
import { z } from 'zod';

export const ZIdParam = z.strictObject({ id: z.uuid({ message: 'id.invalid' }) });

export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };
