import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importsOf, layerViolations, resolveSpecifier, violationsIn } from './layers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

test('layer rules: valid and invalid imports', () => {
  // [importer, imported (resolved), type-only, allowed]
  const cases: [string, string, boolean, boolean][] = [
    ['generators/filter/oracle.ts', 'generators/filter/ast.ts', false, true],
    ['generators/filter/oracle.ts', 'node:path', false, true],
    ['generators/filter/oracle.ts', 'yaml', false, true],
    ['generators/openapi/load.ts', 'node:fs/promises', false, false],
    ['generators/client/pacing-authority.ts', 'net', false, false],
    ['generators/fixtures/fixture-io.ts', 'runtime/client/twenty-client.ts', true, true],
    ['generators/config/parse-run-args.ts', 'runtime/client/transport.ts', false, false],
    ['generators/robustness/catalogue.ts', 'reference/datamodel/standard-objects.ts', false, false],
    ['generators/report/aggregate.ts', 'tests/support/run-state.ts', false, false],
    ['generators/report/aggregate.ts', 'bin/run/token.ts', false, false],
    ['runtime/openapi/load.ts', 'node:fs/promises', false, true],
    ['runtime/client/twenty-client.ts', 'generators/client/redact.ts', false, true],
    ['runtime/run-state.ts', 'tests/support/samples.ts', false, false],
    ['bin/run/run-command.ts', 'runtime/run-state.ts', false, true],
    ['bin/run/run-command.ts', 'tests/support/run-state.ts', false, false],
    ['bin/cli.ts', 'reference/cli.ts', false, true],
    ['tests/fixtures.ts', 'runtime/client/index.ts', false, true],
    ['tests/fixtures.ts', 'bin/run/token.ts', false, false],
    ['playwright.config.ts', 'runtime/run-state.ts', false, true],
    ['reference/http/list-args.ts', 'generators/filter/grammar.ts', false, true],
    ['reference/http/list-args.ts', 'generators/kinds/field-kinds.ts', false, true],
    ['reference/http/list-args.ts', 'generators/pagination/params.ts', false, false],
    ['reference/engine/cursor-codec.ts', 'generators/pagination/cursor.ts', false, false],
    ['reference/faults/catalogue.ts', 'generators/checks/catalogue.ts', true, true],
    ['reference/datamodel/load-datamodel.ts', 'runtime/openapi/load.ts', false, false],
    ['reference/http/server.ts', 'testing/reference/http/memory-engine.ts', false, false],
    ['generators/openapi/lint.ts', 'testing/openapi/fixtures/fixture-documents.ts', false, false],
    ['generators/openapi/lint.test.ts', 'testing/openapi/fixtures/fixture-documents.ts', false, true],
    ['reference/engine/engine.test.ts', 'generators/pagination/cursor.ts', false, true],
    ['scripts/self-test/self-test.ts', 'testing/report/sample-summary.ts', false, true],
    ['scripts/bench.ts', 'testing/report/sample-summary.ts', false, false],
    ['testing/robustness/testing-catalogue.ts', 'reference/datamodel/standard-objects.ts', false, true],
    ['testing/report/snapshot.ts', 'node:fs', false, true],
    ['testing/report/snapshot.ts', 'bin/run/token.ts', false, false],
    ['testing/reference/http/test-server.ts', 'testing/reference/http/memory-engine.ts', false, true],
    ['bin/self-test.js', 'scripts/self-test/self-test.ts', false, true],
    ['bin/run/run-command.ts', 'scripts/self-test/self-test.ts', false, false],
  ];
  for (const [importer, imported, typeOnly, allowed] of cases) {
    assert.equal(layerViolations(importer, imported, typeOnly).length === 0, allowed, `${importer} → ${imported}${typeOnly ? ' (type)' : ''}`);
  }
});

test('imports are read from every form: static, type-only, re-export, side-effect, dynamic; not from comments', () => {
  const source = [
    "// import { no } from './commented.ts';",
    "import { a, type B } from './a.ts';",
    "import type { C } from '../c.ts';",
    'import {',
    '  d,',
    '  e,',
    "} from './multi.ts';",
    "import * as f from 'node:fs';",
    "import g, { h } from './g.ts';",
    "export { i } from './i.ts';",
    "export type { J } from './j.ts';",
    "export * from './k.ts';",
    "import './side-effect.ts';",
    "const m = await import('./dynamic.ts');",
    'export type Later = string;',
    "const text = 'import x from nowhere';",
  ].join('\n');
  assert.deepEqual(importsOf(source), [
    { specifier: './a.ts', typeOnly: false },
    { specifier: '../c.ts', typeOnly: true },
    { specifier: './multi.ts', typeOnly: false },
    { specifier: 'node:fs', typeOnly: false },
    { specifier: './g.ts', typeOnly: false },
    { specifier: './i.ts', typeOnly: false },
    { specifier: './j.ts', typeOnly: true },
    { specifier: './k.ts', typeOnly: false },
    { specifier: './side-effect.ts', typeOnly: false },
    { specifier: './dynamic.ts', typeOnly: false },
  ]);
  assert.equal(resolveSpecifier('reference/http/list-args.ts', '../../generators/filter/grammar.ts'), 'generators/filter/grammar.ts');
  assert.equal(resolveSpecifier('bin/cli.ts', 'node:fs'), 'node:fs');
});

/** The violations the repository still has (issue 11, item 4), each named; the test fails on any other. */
const KNOWN: readonly RegExp[] = [
  // The suite's layout before the move (/work/tools/layers-move.mjs): run state in tests/, I/O and test helpers in generators/.
  /^bin\/ may not import tests\/: bin\/run\/[\w-]+\.ts imports tests\/support\/run-state\.ts$/,
  /^generators\/ is pure: generators\/(client\/(pacing-authority|request-ledger)|openapi\/(load|run-openapi-command|fixtures\/fixture-documents)|fixtures\/fixture-file|report\/testing\/snapshot)\.ts imports /,
  /^generators\/ may not import reference\/: generators\/robustness\/testing-catalogue\.ts /,
  // After the move as well: schema files read with node:fs by pure modules (a JSON import or a runtime loader would end it).
  /^generators\/ is pure: generators\/(config\/validate-against-schema|contracts\/contract-schemas)\.ts imports node:fs /,
  // The reference's own limit/depth parsing and cursor codec (being written by another engineer).
  /^the reference uses only the suite's grammar and field-kind modules: reference\/(engine\/cursor-codec|http\/(list-args|metadata-routes|operations-routes|respond))\.ts imports generators\/(pagination\/(params|cursor)|errors\/rest-input-error)\.ts$/,
  // The reference builds its data model with the suite's catalogue and document loader.
  /^the reference uses only the suite's grammar and field-kind modules: reference\/datamodel\/(from-document|load-datamodel)\.ts imports generators\/openapi\/(catalogue|document-walk|load)\.ts$/,
  // …and, after the move, parses a --datamodel document with the loader's parseDocumentText (a pure parse module would end it).
  /^the reference runs without the suite: reference\/datamodel\/load-datamodel\.ts imports runtime\/openapi\/load\.ts$/,
];

function repositoryModules(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.(?:[cm]?ts|[cm]?js)$/.test(file) && !file.startsWith('node_modules/') && !file.startsWith('dist/'));
  const modules = new Map<string, string>();
  for (const file of files) {
    try {
      modules.set(file, readFileSync(`${root}${file}`, 'utf8'));
    } catch {
      // listed but deleted in the working tree
    }
  }
  return modules;
}

test('every import of every module keeps to its layer (known violations named above)', () => {
  const violations = violationsIn(repositoryModules());
  const unknown = violations.filter((violation) => !KNOWN.some((known) => known.test(violation)));
  assert.deepEqual(unknown, [], `imports that break the layers:\n${unknown.join('\n')}`);
});

test('no layer violation at all', () => {
  assert.deepEqual(violationsIn(repositoryModules()), []);
});
