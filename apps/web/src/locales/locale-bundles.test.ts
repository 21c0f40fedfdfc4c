// Every zh-CN text bundle has an English twin with exactly the same keys (messages.ts's type catches a key
// missing in English, not one English has and zh-CN lost), and no zh-CN text is empty (an English one may
// be: 月 after a month number has no English word).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..');
const bundles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.zh-CN.json'));

type TTexts = { [key: string]: string | TTexts };
function keysOf(texts: TTexts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}
function emptyOf(texts: TTexts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([k, v]) => (typeof v === 'string' ? (v.trim() ? [] : [`${prefix}${k}`]) : emptyOf(v, `${prefix}${k}.`)));
}
const read = (file: string): TTexts => JSON.parse(readFileSync(path.join(src, file), 'utf8'));

describe('text bundles', () => {
  it('finds the shell and the features', () => {
    expect(bundles).toContain(path.join('locales', 'shell.zh-CN.json'));
    expect(bundles.length).toBeGreaterThan(30);
  });
  it.each(bundles)('%s has an en twin with the same keys', (file) => {
    expect(emptyOf(read(file))).toEqual([]);
    expect(keysOf(read(file.replace('.zh-CN.json', '.en.json')))).toEqual(keysOf(read(file)));
  });
});
