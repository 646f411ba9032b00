// Pure parts of the package stage (package-stage.ts): what the tarball must and
// must not hold, the lockfile that lets npm install it offline, and what a run
// from the installed package must leave behind.

/** What `npm pack` shipped, by path inside the package. */
export function packProblems(files: readonly string[], specSources: readonly string[]): string[] {
  const problems: string[] = [];
  const shipped = new Set(files);
  for (const required of ['package.json', 'bin/twenty-conformance.js', 'dist/bin/cli.js', 'dist/playwright.config.js', 'dist/bin/action/run-action.js', 'dist/schemas/summary.schema.json']) {
    if (!shipped.has(required)) problems.push(`${required} is missing`);
  }
  // Every spec file of the clone is shipped compiled, whoever added it.
  for (const spec of specSources) {
    const compiled = `dist/${spec.replace(/\.ts$/, '.js')}`;
    if (!shipped.has(compiled)) problems.push(`${spec} is not shipped as ${compiled}`);
  }
  const outside = files.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'bin/twenty-conformance.js'].includes(file));
  if (outside.length > 0) problems.push(`files outside dist/ that do not run: ${outside.slice(0, 5).join(', ')}`);
  const sources = files.filter((file) => /\.[cm]?ts$/.test(file) && !/\.d\.[cm]?ts$/.test(file));
  if (sources.length > 0) problems.push(`TypeScript sources shipped (the package runs compiled JavaScript): ${sources.slice(0, 5).join(', ')}`);
  const tests = files.filter((file) => /\.test\./.test(file));
  if (tests.length > 0) problems.push(`unit tests shipped: ${tests.slice(0, 5).join(', ')}`);
  return problems;
}

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

interface Lockfile {
  packages: Record<string, LockEntry>;
}

interface PackageJson {
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
}

/**
 * The lockfile of a project that depends on the tarball (`spec`, e.g.
 * `file:twenty-conformance-0.1.0.tgz`) and nothing else. Offline, npm cannot ask
 * the registry which versions fit the ranges (npm ci caches tarballs, not the
 * registry's version lists), so the project's lock names the versions the clone's
 * lock holds for the package's runtime dependencies: the tree CI installed,
 * without the devDependencies.
 */
export function installLockfile(cloneLock: Lockfile, pkg: PackageJson, spec: string, integrity: string): Lockfile & Record<string, unknown> {
  const runtime = Object.fromEntries(Object.entries(cloneLock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev));
  return {
    name: 'tc-install-check',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'tc-install-check', dependencies: { 'twenty-conformance': spec } },
      'node_modules/twenty-conformance': {
        version: pkg.version,
        resolved: spec,
        integrity,
        ...(pkg.license ? { license: pkg.license } : {}),
        ...(pkg.dependencies ? { dependencies: pkg.dependencies } : {}),
        ...(pkg.bin ? { bin: pkg.bin } : {}),
        ...(pkg.engines ? { engines: pkg.engines } : {}),
      },
      ...runtime,
    },
  };
}

/** The parts of summary.json the stage reads. */
export interface StageSummary {
  exitCode: number;
  target: { embeddedReference: boolean };
  checks: { id: string; verdict: string }[];
}

/** A run from the installed package: its exit code, its reports, and exactly the checks it was meant to run. */
export function runProblems(exitCode: number, expectedExit: number, reports: Record<string, boolean>, summary: StageSummary | undefined, expectedChecks: readonly string[]): string[] {
  const problems: string[] = [];
  if (exitCode !== expectedExit) problems.push(`exit ${exitCode}, expected ${expectedExit}`);
  const missing = Object.entries(reports).filter(([, present]) => !present).map(([name]) => name);
  if (missing.length > 0) problems.push(`reports not written: ${missing.join(', ')}`);
  if (!summary) return problems;
  const ran = new Set(summary.checks.map((check) => check.id));
  const absent = expectedChecks.filter((id) => !ran.has(id));
  if (absent.length > 0) problems.push(`checks with no test from the package (a spec or project not found?): ${absent.join(', ')}`);
  const extra = [...ran].filter((id) => !expectedChecks.includes(id));
  if (extra.length > 0) problems.push(`unexpected checks: ${extra.join(', ')}`);
  return problems;
}
