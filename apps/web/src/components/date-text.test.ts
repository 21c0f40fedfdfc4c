import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-text.ts';

describe('formatDateTime', () => {
  it('reads a server timestamp in Beijing time, whatever the time zone of the browser (here the test process)', () => {
    expect(formatDateTime('2026-11-29T17:30:00.000Z')).toBe('2026-11-30 01:30');
    expect(formatDateTime('2026-06-05T01:00:00Z')).toBe('2026-06-05 09:00');
  });

  it('shows a dash for nothing and the text itself when it is no timestamp', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('明天')).toBe('明天');
  });
});
