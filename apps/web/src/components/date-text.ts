import dayjs from 'dayjs';

/** Server timestamps are ISO strings; people read them as local date and minute. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : value;
}
