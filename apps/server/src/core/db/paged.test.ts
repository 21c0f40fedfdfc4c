import { describe, expect, it } from 'vitest';
import { pageWindow } from './paged.ts';

describe('pageWindow', () => {
  it('starts page 1 at row 0 and each next page where the last ended', () => {
    expect(pageWindow({ page: 1, pageSize: 20 })).toEqual({ limit: 20, offset: 0 });
    expect(pageWindow({ page: 3, pageSize: 20 })).toEqual({ limit: 20, offset: 40 });
  });
});
