import { describe, expect, it } from 'vitest';
import { deriveInspectionResult, unansweredRequired, type TItemOutcome } from './inspection.ts';

const item = (id: string, key: boolean, outcome: TItemOutcome | null) => ({ id, key, outcome });

describe('inspection result rule', () => {
  it('fails the inspection when a key item is nonconforming, whatever the rest', () => {
    const result = deriveInspectionResult([item('a', true, 'nonconforming'), item('b', false, 'conforming'), item('c', false, 'nonconforming')]);
    expect(result).toEqual({ result: 'nonconforming', keyNonconforming: 1, generalNonconforming: 1 });
  });

  it('makes it basically conforming when only general items are nonconforming', () => {
    const result = deriveInspectionResult([item('a', true, 'conforming'), item('b', false, 'nonconforming'), item('c', false, 'nonconforming')]);
    expect(result).toEqual({ result: 'basically_conforming', keyNonconforming: 0, generalNonconforming: 2 });
  });

  it('is conforming when nothing failed; not applicable items do not count against it', () => {
    const result = deriveInspectionResult([item('a', true, 'conforming'), item('b', false, 'not_applicable'), item('c', true, 'not_applicable')]);
    expect(result).toEqual({ result: 'conforming', keyNonconforming: 0, generalNonconforming: 0 });
  });
});

describe('items required before closing', () => {
  const items = [item('key-open', true, null), item('general-open', false, null), item('key-done', true, 'conforming')];

  it('requires every item in routine and follow-up inspections (办法 art. 27)', () => {
    expect(unansweredRequired('routine', items).map((i) => i.id)).toEqual(['key-open', 'general-open']);
    expect(unansweredRequired('follow_up', items).map((i) => i.id)).toEqual(['key-open', 'general-open']);
  });

  it('requires only the key items in an unannounced inspection', () => {
    expect(unansweredRequired('unannounced', items).map((i) => i.id)).toEqual(['key-open']);
  });

  it('requires nothing once everything is answered', () => {
    expect(unansweredRequired('routine', [item('a', true, 'not_applicable'), item('b', false, 'nonconforming')])).toEqual([]);
  });
});
