// `npm pack` runs this first (prepack): the package runs compiled JavaScript, so
// a user's Playwright never meets TypeScript inside node_modules. tsc compiles the
// entry points of a run (tsconfig.build.json) and everything they import into
// dist/, with declarations; the schemas and the data files the code names and
// reads relative to itself are copied beside it (assets.ts). Usage: node --import tsx scripts/package/build.ts
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageAssets } from './assets.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const SKIPPED = new Set(['node_modules', 'dist', '.git', 'reports', 'test-results']);

function filesUnder(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, skip) : [relative(root, path).split(sep).join('/')];
  });
}

export function buildPackage(): { modules: number; assets: string[] } {
  rmSync(dist, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed (exit ${tsc.status ?? tsc.signal})`);
  const javascript = filesUnder(dist).filter((file) => file.endsWith('.js'));
  const compiled = javascript.map((file) => file.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
  const code = javascript.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  const assets = packageAssets(filesUnder(root, SKIPPED), compiled, (name) => code.includes(name));
  for (const asset of assets) {
    mkdirSync(dirname(join(dist, asset)), { recursive: true });
    cpSync(join(root, asset), join(dist, asset));
  }
  return { modules: compiled.length, assets };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { modules, assets } = buildPackage();
    console.error(`build: ${modules} modules compiled into dist/, ${assets.length} data files copied (${assets.join(', ')})`);
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
