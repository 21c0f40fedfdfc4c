import { useEffect, useState } from 'react';
import type { TCalendarYear } from '@shian/shared/calendar';
import { addWorkingDays, type TCalendarDays } from '@shian/shared/working-days';
import { api } from '../../../api/client.ts';

/**
 * Due dates by the same working-day rule the server applies, shown before the server stores
 * them; loads the calendar of the start year and the next.
 */
export function useWorkingDays(from: string) {
  const [days, setDays] = useState<TCalendarDays | null>(null);
  useEffect(() => {
    const year = Number(from.slice(0, 4));
    const controller = new AbortController();
    Promise.all([year, year + 1].map((y) => api.get<TCalendarYear>('/api/calendar', { year: y }, controller.signal)))
      .then((years) => {
        const all = years.flatMap((y) => y.days);
        setDays({
          holidays: new Set(all.filter((d) => d.kind === 'holiday').map((d) => d.date)),
          workdays: new Set(all.filter((d) => d.kind === 'workday').map((d) => d.date)),
        });
      })
      .catch(() => setDays(null));
    return () => controller.abort();
  }, [from]);

  return (n: number): string | null => (days && Number.isInteger(n) && n >= 1 ? addWorkingDays(days, from, n) : null);
}
