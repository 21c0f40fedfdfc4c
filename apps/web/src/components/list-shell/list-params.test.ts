import { describe, expect, it } from 'vitest';
import { matching, oneOf, parseListState, text, UUID, writeListState } from './list-params.ts';

const spec = {
  params: { tab: oneOf(['open', 'closed', 'all'] as const, 'open'), kind: oneOf(['a', 'b'] as const), q: text(5), stationId: matching(UUID) },
  pageSize: 20,
};

describe('list params in the URL', () => {
  it('reads known values and defaults the rest', () => {
    const state = parseListState(new URLSearchParams('tab=closed&kind=b&q=%20milk%20&page=3&pageSize=50'), spec);
    expect(state).toEqual({ filters: { tab: 'closed', kind: 'b', q: 'milk', stationId: undefined }, page: 3, pageSize: 50 });
  });

  it('drops unknown or malformed values instead of passing them to the server', () => {
    const state = parseListState(new URLSearchParams('tab=evil&kind=c&q=%20%20&stationId=1;drop&page=-2&pageSize=7'), spec);
    expect(state).toEqual({ filters: { tab: 'open', kind: undefined, q: undefined, stationId: undefined }, page: 1, pageSize: 20 });
    expect(parseListState(new URLSearchParams('page=1.5&q=abcdefgh'), spec)).toMatchObject({ page: 1, filters: { q: 'abcde' } });
  });

  it('writes only what differs from the defaults and keeps keys it does not own', () => {
    const next = writeListState(new URLSearchParams('other=x&kind=a&page=4'), spec, {
      filters: { tab: 'open', kind: undefined, q: 'tea', stationId: undefined },
      page: 1,
      pageSize: 20,
    });
    expect(next.toString()).toBe('other=x&q=tea');
  });

  it('prefixes every key for a second list on the page', () => {
    const second = { ...spec, prefix: 'repairs.' };
    const search = new URLSearchParams('tab=closed&repairs.tab=all&repairs.page=2');
    expect(parseListState(search, second)).toMatchObject({ filters: { tab: 'all' }, page: 2 });
    const next = writeListState(search, second, { ...parseListState(search, second), page: 1 });
    expect(next.toString()).toBe('tab=closed&repairs.tab=all');
  });
});
