// Where a run finds its own files. From a clone they are the TypeScript sources
// (bin/run/*.ts, run through tsx); from an installed package they are the
// compiled JavaScript under dist/ (dist/bin/run/*.js), next to the copied
// schemas and data files. Both trees have the same shape, so one rule serves both.
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `.ts` when running the sources, `.js` when running the compiled package. */
export const OWN_EXTENSION = extname(fileURLToPath(import.meta.url));

/** The tree holding bin/, tests/, generators/, runtime/ and playwright.config: the clone, or dist/ in the package. */
export const RUN_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The Playwright config of this tree (`playwright.config.ts` or the compiled `.js`). */
export const PLAYWRIGHT_CONFIG = join(RUN_ROOT, `playwright.config${OWN_EXTENSION}`);

/** The nearest directory at or above `from` that holds a package.json. */
export function packageRootFrom(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json at or above ${from}`);
  }
}

/** The package's own root (its package.json): the clone, or node_modules/twenty-conformance. */
export const PACKAGE_ROOT = packageRootFrom(resolve(RUN_ROOT));
