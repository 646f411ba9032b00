// Real Playwright, real transform: a helper that registers tests through
// callFromCaller gets each test located at the spec line that called the
// helper (after TypeScript's lines were mapped back), not inside the helper.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const helper = fileURLToPath(new URL('./call-from-caller.ts', import.meta.url));
const require = createRequire(import.meta.url);

const SPEC = `import { test } from '@playwright/test';
import { callFromCaller } from ${JSON.stringify(helper)};

// Type-only lines vanish when TypeScript is compiled, so an unmapped line would be wrong.
interface Options {
  title: string;
  slow?: boolean;
}

function defineIt(options: Options): void {
  callFromCaller(0, test, options.title, async () => {});
}

defineIt({ title: 'first' });
test.describe('group', () => {
  for (const title of ['second', 'third']) defineIt({ title });
});
test('direct', async () => {});
`;

interface ListedSpec {
  title: string;
  file: string;
  line: number;
  column: number;
}
interface ListedSuite {
  specs?: ListedSpec[];
  suites?: ListedSuite[];
}

const specsOf = (suite: ListedSuite): ListedSpec[] => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];

test('tests registered through a helper are located at the line that called the helper', () => {
  const dir = join(root, 'reports', '.call-from-caller-test');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'located.spec.ts'), SPEC);
    writeFileSync(join(dir, 'playwright.config.mjs'), 'export default { testDir: "." };\n');
    const listed = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '--list', '--reporter=json', '-c', join(dir, 'playwright.config.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    assert.equal(listed.status, 0, listed.stderr);
    const report = JSON.parse(listed.stdout) as { suites: ListedSuite[] };
    const located = report.suites.flatMap(specsOf).map((spec) => `${spec.title} ${spec.file}:${spec.line}:${spec.column}`);
    assert.deepEqual(located, ['first located.spec.ts:14:1', 'direct located.spec.ts:18:1', 'second located.spec.ts:16:44', 'third located.spec.ts:16:44']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
