import { z } from 'zod';

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type TCalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const ZCalendarDate = z.iso.date({ message: 'date.invalid' });

export const ZCalendarYearQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});

/** An administrator's entry: a day off (holiday) or a weekend day worked (workday). */
export const ZCalendarDayInput = z.strictObject({
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().trim().min(1, { message: 'required' }).max(50),
});
export type TCalendarDayInput = z.infer<typeof ZCalendarDayInput>;

export const ZCalendarDayParam = z.strictObject({ date: ZCalendarDate });

export type TCalendarDay = { date: string; kind: TCalendarDayKind; name: string; provisional: boolean; version: number };
export type TCalendarYear = { year: number; provisional: boolean; days: TCalendarDay[]; workingDays: number };
