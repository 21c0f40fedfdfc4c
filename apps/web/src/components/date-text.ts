import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Beijing time (UTC+8, no daylight saving): the bureau's dates and deadlines are all in it. */
const CHINA_OFFSET_MINUTES = 8 * 60;

/** Server timestamps are ISO strings; people read them as Beijing date and minute, wherever the browser is. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm') : value;
}
