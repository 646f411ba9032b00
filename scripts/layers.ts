// Pure: the layers of the suite and the imports each may make (issue 11, item 4).
//
//   generators/  pure building blocks: no I/O module, nothing from any other layer
//   runtime/     run-time I/O that bin/ and tests/ both use (client, document
//                loading, fixture I/O, run state): building blocks and node's I/O
//   testing/     test-only helpers: imported only by *.test.ts and scripts/self-test
//   bin/         every command: anything but tests/ and testing/
//   tests/       the Playwright specs, support and reporters (and the config)
//   reference/   the embedded reference: from the suite only its grammar and
//                field-kind modules (a type-only import is free), so the suite's
//                oracles and the reference's implementation check each other
//
// A unit test (*.test.ts) may import anything: it is no part of any layer. A
// type-only import (`import type`) is free, except of testing/: it leaves
// nothing at run time.

import { posix } from 'node:path';

export type Layer = 'generators' | 'runtime' | 'testing' | 'bin' | 'tests' | 'reference' | 'scripts' | 'other';

/** One import of a module: its specifier as written, and whether it is `import type` / `export type`. */
export interface ImportOf {
  specifier: string;
  typeOnly: boolean;
}

const TOP_LAYERS: readonly Layer[] = ['generators', 'runtime', 'testing', 'bin', 'tests', 'reference', 'scripts'];

export function layerOf(path: string): Layer {
  if (path === 'playwright.config.ts') return 'tests';
  const top = path.split('/')[0] as Layer;
  return TOP_LAYERS.includes(top) ? top : 'other';
}

/** A module of this repository (a resolved relative import), not a package or node builtin. */
export function isRepositoryPath(path: string): boolean {
  return layerOf(path) !== 'other' || /^[\w.-]+\.(?:[cm]?[jt]s|json)$/.test(path);
}

export const isUnitTest = (path: string): boolean => /\.test\.[cm]?[jt]s$/.test(path);
const isSelfTest = (path: string): boolean => path.startsWith('scripts/self-test/');

/** Node's modules that reach outside the process (files, network, processes, terminals). */
const IO_BUILTINS = new Set(['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'dgram', 'dns', 'dns/promises', 'tls', 'cluster', 'worker_threads', 'readline', 'readline/promises', 'inspector', 'repl']);
/** Packages that are I/O or a test runner. */
const IO_PACKAGES = new Set(['@playwright/test', '@playwright/test/reporter', 'pg', '@electric-sql/pglite', 'allure-playwright']);

export function isIoModule(specifier: string): boolean {
  const builtin = specifier.replace(/^node:/, '');
  if (IO_BUILTINS.has(builtin)) return true;
  return IO_PACKAGES.has(specifier) || [...IO_PACKAGES].some((name) => specifier.startsWith(`${name}/`));
}

/**
 * The suite's modules the reference may import at run time: the filter and
 * order grammar and AST (one query language, parsed the same way) and the field
 * kinds. Not the oracles, the limit/depth parsing or the cursor codec: those are
 * what the reference's own implementation is checked against.
 */
export const REFERENCE_MAY_USE: readonly RegExp[] = [
  /^generators\/kinds\//,
  /^generators\/filter\/(grammar|ast)\.ts$/,
  /^generators\/order\/grammar\.ts$/,
];

/**
 * The repository's own `npm test` and `npm run test:unit` launchers: they sit in
 * bin/ beside the command's launcher but are never packed (package.json `files`),
 * and what they start is the self-test in scripts/.
 */
export const REPOSITORY_LAUNCHERS: readonly string[] = ['bin/self-test.js', 'bin/unit-tests.js'];

/** What each layer may import (besides itself), for modules that are not unit tests. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  generators: [],
  runtime: ['generators'],
  testing: ['generators', 'runtime', 'reference'],
  bin: ['generators', 'runtime', 'reference'],
  tests: ['generators', 'runtime'],
  reference: [],
  scripts: ['generators', 'runtime', 'bin', 'reference', 'tests', 'testing'],
  other: ['generators', 'runtime', 'bin', 'reference', 'tests', 'scripts'],
};

/**
 * Why `importer` may not import `imported` (both paths from the repository root;
 * `imported` is the resolved path of a relative import, or the bare specifier of
 * a package or node builtin). Empty when the import is allowed.
 */
export function layerViolations(importer: string, imported: string, typeOnly: boolean): string[] {
  if (isUnitTest(importer)) return [];
  const from = layerOf(importer);
  if (!isRepositoryPath(imported)) {
    if (from === 'generators' && !typeOnly && isIoModule(imported)) return [`generators/ is pure: ${importer} imports ${imported} (I/O belongs in runtime/)`];
    return [];
  }
  const to = layerOf(imported);
  const problems: string[] = [];
  if (to === 'testing' && from !== 'testing' && !isSelfTest(importer)) {
    problems.push(`testing/ is for unit tests and the self-test only: ${importer} imports ${imported}`);
  }
  // A type-only import leaves nothing at run time: any layer may name another's types.
  if (typeOnly) return problems;
  if (from === 'reference') {
    if (to === 'generators' && !REFERENCE_MAY_USE.some((allowed) => allowed.test(imported))) {
      problems.push(`the reference uses only the suite's grammar and field-kind modules: ${importer} imports ${imported}`);
    } else if (to !== 'reference' && to !== 'generators') {
      problems.push(`the reference runs without the suite: ${importer} imports ${imported}`);
    }
    return problems;
  }
  if (from === 'bin' && to === 'scripts' && REPOSITORY_LAUNCHERS.includes(importer)) return problems;
  if (to !== from && to !== 'testing' && !MAY_IMPORT[from].includes(to)) {
    problems.push(`${from}/ may not import ${to}/: ${importer} imports ${imported}`);
  }
  return problems;
}

/** The imports of a module's source: static, re-exports, side-effect and dynamic imports with a literal specifier. */
export function importsOf(source: string): ImportOf[] {
  // Comment lines may quote imports; strings and code are left alone.
  const code = source.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
  const found: ImportOf[] = [];
  const clause = String.raw`(?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+)`;
  const statement = new RegExp(String.raw`(?:^|[;\n])\s*(import|export)\s+(type\s+)?${clause}\s*from\s*['"]([^'"]+)['"]`, 'g');
  for (const match of code.matchAll(statement)) found.push({ specifier: match[3] as string, typeOnly: Boolean(match[2]) });
  for (const match of code.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) found.push({ specifier: match[1] as string, typeOnly: false });
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: match[1] as string, typeOnly: false });
  return found;
}

/** The repository path a specifier names from `importer`: resolved when relative, else the specifier itself. */
export function resolveSpecifier(importer: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return posix.normalize(posix.join(posix.dirname(importer), specifier));
}

/** Every violation in a set of modules (path → source). */
export function violationsIn(modules: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, source] of modules) {
    for (const { specifier, typeOnly } of importsOf(source)) problems.push(...layerViolations(path, resolveSpecifier(path, specifier), typeOnly));
  }
  return [...new Set(problems)];
}
