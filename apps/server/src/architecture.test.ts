// The server's boundary rules (docs/conventions.md, "Module boundaries"), checked on every relative import so that
// new modules copy a shape that is enforced rather than only described. Each failure reads
// `file -> target (rule N)`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const ROOT_FILES = new Set(['app.ts', 'platform.ts', 'main.ts', 'config.ts']);
const WIRING = /\.(public|schema|routes|events|risk-signals|work-items|public-search|notifications)\.ts$/;

type TFile = { path: string; area: 'core' | 'testing' | 'cli' | 'root' | 'module' | 'other'; module?: string };
type TImport = { from: TFile; to: TFile };

function classify(path: string): TFile {
  const [head, second] = path.split('/');
  if (head === 'modules') return { path, area: 'module', module: second };
  if (head === 'core' || head === 'testing' || head === 'cli') return { path, area: head };
  return { path, area: ROOT_FILES.has(path) ? 'root' : 'other' };
}

const name = (file: TFile) => file.path.split('/').at(-1)!;
const isTest = (file: TFile) => file.path.endsWith('.test.ts');
const isSchema = (file: TFile) => name(file).endsWith('.schema.ts');
const isFace = (file: TFile) => name(file) === `${file.module}.public.ts`;

const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .map((path) => path.split('\\').join('/'))
  .filter((path) => path.endsWith('.ts'))
  .map((path) => ({ file: classify(path), text: readFileSync(join(SRC, path), 'utf8') }));

// Static `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')`, relative only.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

const imports: TImport[] = sources.flatMap(({ file, text }) =>
  [...text.matchAll(SPECIFIER)].map((match) => {
    const target = relative(SRC, resolve(SRC, dirname(file.path), match[1]))
      .split('\\')
      .join('/');
    return { from: file, to: classify(target) };
  }),
);

const crossModule = (i: TImport) => i.to.area === 'module' && i.from.module !== i.to.module;

function rule1(i: TImport) {
  return (i.from.area === 'core' && ['module', 'testing', 'cli'].includes(i.to.area)) || (i.from.area === 'core' && i.to.area === 'root' && i.to.path !== 'config.ts');
}

function rule2(i: TImport) {
  if (i.from.area !== 'module' || !crossModule(i)) return false;
  if (isFace(i.to)) return false;
  if (!isSchema(i.to)) return true;
  // The demo seed writes other modules' tables directly (docs/conventions.md): it is a data loader, not a module's rules.
  return !(isSchema(i.from) || /(\.repository|-scope)\.ts$/.test(i.from.path) || isTest(i.from) || i.from.module === 'demo');
}

const rule3 = (i: TImport) => i.to.area === 'testing' && i.from.area !== 'testing' && !isTest(i.from);
const rule4 = (i: TImport) => (i.from.area === 'root' || i.from.area === 'cli') && i.to.area === 'module' && !WIRING.test(i.to.path);
const rule5 = (i: TImport) => i.from.area === 'testing' && i.to.area === 'module' && !isFace(i.to) && !isSchema(i.to);

// A face imports only its own module (and core), and every export carries a /** … */ comment for the caller.
function rule7(): string[] {
  const faces = sources.filter(({ file }) => file.area === 'module' && name(file).endsWith('.public.ts'));
  return faces.flatMap(({ file, text }) => {
    const foreign = imports.filter((i) => i.from === file && (crossModule(i) || !['module', 'core'].includes(i.to.area))).map((i) => `${file.path} -> ${i.to.path} (rule 7)`);
    const undocumented = [...text.matchAll(/^export\b.*$/gm)]
      .filter((match) => !/\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(text.slice(0, match.index)))
      .map((match) => `${file.path} -> undocumented: ${match[0]} (rule 7)`);
    const misnamed = isFace(file) ? [] : [`${file.path} -> a face is named ${file.module}.public.ts (rule 7)`];
    return [...foreign, ...undocumented, ...misnamed];
  });
}

// Module edges m -> n with one example import each; a cycle shows up as a strongly connected group of modules.
function rule6(): string[] {
  const edges = new Map<string, Map<string, string>>();
  for (const i of imports.filter((i) => i.from.area === 'module' && crossModule(i))) {
    const out = edges.get(i.from.module!) ?? new Map<string, string>();
    if (!out.has(i.to.module!)) out.set(i.to.module!, `${i.from.path} -> ${i.to.path}`);
    edges.set(i.from.module!, out);
  }
  const reaches = (start: string, goal: string) => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === goal) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next)?.keys() ?? []));
    }
    return false;
  };
  return [...edges].flatMap(([m, out]) => [...out].filter(([n]) => reaches(n, m)).map(([n, example]) => `${example} (rule 6: ${m} -> ${n} -> … -> ${m})`));
}

const CHECKS: Record<number, (i: TImport) => boolean> = { 1: rule1, 2: rule2, 3: rule3, 4: rule4, 5: rule5 };

function violations(rule: number): string[] {
  if (rule === 6) return rule6();
  if (rule === 7) return rule7();
  return imports.filter(CHECKS[rule]).map((i) => `${i.from.path} -> ${i.to.path} (rule ${rule})`);
}

describe('server module boundaries', () => {
  it('finds the sources and their imports', () => {
    expect(imports.length).toBeGreaterThan(1000);
  });

  it.each([
    [1, 'core imports nothing from modules, testing, cli or the composition root'],
    [2, 'a module imports another only through its face, and its schema only from schema, repository, scope and tests'],
    [3, 'only test files import testing'],
    [4, 'the composition root and the CLI import only the wiring files of a module'],
    [5, 'testing imports only faces and schemas of modules'],
    [6, 'no two modules depend on each other'],
    [7, 'a face holds only documented exports of its own module'],
  ])('rule %i: %s', (rule) => {
    const found = violations(rule);
    expect(found.length, `\n${found.join('\n')}\n`).toBe(0);
  });
});
