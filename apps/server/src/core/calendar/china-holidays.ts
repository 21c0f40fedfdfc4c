// China's public holidays and the weekend days worked in exchange (调休), from the State Council
// General Office's annual notices: 国办发明电〔2023〕7号 (2024), 〔2024〕12号 (2025), 〔2025〕7号 (2026).
// 2027 is not announced yet: only its statutory holiday days are listed, marked provisional, for an
// administrator to replace with the official arrangement when it is published.
import { addDays, type TCalendarDays } from '@shian/shared/working-days';
export type THolidayArrangement = {
  year: number;
  provisional: boolean;
  holidays: { name: string; from: string; to: string }[];
  workdays: { name: string; date: string }[];
};

export const CHINA_HOLIDAYS: THolidayArrangement[] = [
  {
    year: 2024,
    provisional: false,
    holidays: [
      { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
      { name: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    workdays: [
      { name: '春节', date: '2024-02-04' },
      { name: '春节', date: '2024-02-18' },
      { name: '清明节', date: '2024-04-07' },
      { name: '劳动节', date: '2024-04-28' },
      { name: '劳动节', date: '2024-05-11' },
      { name: '中秋节', date: '2024-09-14' },
      { name: '国庆节', date: '2024-09-29' },
      { name: '国庆节', date: '2024-10-12' },
    ],
  },
  {
    year: 2025,
    provisional: false,
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: [
      { name: '春节', date: '2025-01-26' },
      { name: '春节', date: '2025-02-08' },
      { name: '劳动节', date: '2025-04-27' },
      { name: '国庆节、中秋节', date: '2025-09-28' },
      { name: '国庆节、中秋节', date: '2025-10-11' },
    ],
  },
  {
    year: 2026,
    provisional: false,
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: [
      { name: '元旦', date: '2026-01-04' },
      { name: '春节', date: '2026-02-14' },
      { name: '春节', date: '2026-02-28' },
      { name: '劳动节', date: '2026-05-09' },
      { name: '国庆节', date: '2026-09-20' },
      { name: '国庆节', date: '2026-10-10' },
    ],
  },
  {
    year: 2027,
    provisional: true,
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
      { name: '春节', from: '2027-02-05', to: '2027-02-08' },
      { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-02' },
      { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
      { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
      { name: '国庆节', from: '2027-10-01', to: '2027-10-03' },
    ],
    workdays: [],
  },
];

/** The shipped arrangements as calendar days, without a database (the tests of the statutory clocks). */
export function shippedCalendarDays(): TCalendarDays {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const year of CHINA_HOLIDAYS) {
    for (const h of year.holidays) for (let d = h.from; d <= h.to; d = addDays(d, 1)) holidays.add(d);
    for (const w of year.workdays) workdays.add(w.date);
  }
  return { holidays, workdays };
}
