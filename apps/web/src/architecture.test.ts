/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The boundaries of the web app, checked rather than described (docs/conventions.md):
// - a feature (features/<name>/) imports no other feature: what two features share lives in components/
//   (UI) or lib/ (hooks, helpers);
// - the shared layers import no feature, so that a feature can be added or removed without touching them.
// Only the composition files below wire features together; they are named here one by one, and no feature
// imports them.
const COMPOSITION_FILES = [
  'app.tsx', // the public pages and the admin shell
  'config/routes.tsx', // the admin route table
  'locales/messages.ts', // assembles every feature's locale bundle (and types the keys)
];

const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// Static imports, re-exports, side-effect imports and lazy import() calls.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1]);
}

/** The feature a source path belongs to, or null for the shared layers and the composition files. */
function featureOf(path: string): string | null {
  const parts = relative(SRC, path).split(sep);
  return parts[0] === 'features' && parts.length > 2 ? parts[1] : null;
}

function offendingImports(): string[] {
  const offences: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split(sep).join('/');
    const fromFeature = featureOf(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      // A feature reaching a composition file would close a cycle back into the features.
      if (fromFeature !== null && COMPOSITION_FILES.includes(relative(SRC, target).split(sep).join('/'))) {
        offences.push(`${from} imports ${specifier}`);
        continue;
      }
      const toFeature = featureOf(target);
      if (toFeature === null || toFeature === fromFeature) continue;
      if (fromFeature === null && COMPOSITION_FILES.includes(from)) continue;
      offences.push(`${from} imports ${specifier}`);
    }
  }
  return offences;
}

describe('web architecture', () => {
  it('features import no other feature, and shared layers import no feature outside the composition files', () => {
    const offences = offendingImports();
    if (offences.length > 0) console.log(`${offences.length} imports across the feature boundary:\n${offences.join('\n')}`);
    expect(offences).toEqual([]);
  });

  it('names composition files that exist', () => {
    const files = sourceFiles(SRC).map((file) => relative(SRC, file).split(sep).join('/'));
    expect(COMPOSITION_FILES.filter((file) => !files.includes(file))).toEqual([]);
  });
});
