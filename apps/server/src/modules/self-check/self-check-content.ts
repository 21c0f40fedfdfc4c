// A record's content as the API shows it and as it is stored: a daily check stores its points once, in a point set
// (self-check.schema.ts), and only the findings that say more than "OK" (a problem, a point not applicable, a note or
// photos), by point key: a point it does not name was OK. The other kinds are stored as they are.
import type { TControlPoint } from '@shian/shared/risk-control';
import type { TDailyContent, TSelfCheckContent } from '@shian/shared/self-check';
import type { TStoredContent, TStoredDaily } from './self-check.schema.ts';

/** The daily check's points, in its order, and its findings that say more than OK (empty fields left out). */
export function splitDaily(content: TDailyContent): { points: TControlPoint[]; stored: TStoredDaily } {
  return {
    points: content.items.map((i) => ({ key: i.key, category: i.category, text: i.text })),
    stored: {
      findings: content.items
        .filter((i) => i.result !== 'ok' || i.note || i.action || i.photoIds.length)
        .map((i) => ({
          key: i.key,
          result: i.result,
          ...(i.note ? { note: i.note } : {}),
          ...(i.action ? { action: i.action } : {}),
          ...(i.photoIds.length ? { photoIds: i.photoIds } : {}),
        })),
    },
  };
}

/** The content as the API shows it: a daily check's findings joined to the points of its point set. */
export function contentOf(stored: TStoredContent, points: TControlPoint[] | null): TSelfCheckContent {
  if (!('findings' in stored)) return stored;
  const findings = new Map(stored.findings.map((f) => [f.key, f]));
  return {
    items: (points ?? []).map((p) => {
      const f = findings.get(p.key);
      return { ...p, result: f?.result ?? 'ok', note: f?.note ?? '', action: f?.action ?? '', photoIds: f?.photoIds ?? [] };
    }),
  };
}
