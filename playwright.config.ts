// Playwright is the engine of a run; `npx twenty-conformance` prepares the run
// state (document, catalogue, target) and starts Playwright with this config.
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withOwnExtension } from './tests/support/own-files.ts';
import { loadRunState, runStatePath } from './runtime/run-state.ts';
import { testTimeoutMs } from './generators/client/pace-projection.ts';

// Merging shard reports replays results without a live run, so the state is optional there.
const state = runStatePath() ? loadRunState() : undefined;
const reportDir = resolve(state?.config.reportDir ?? process.env.TWENTY_CONFORMANCE_REPORT_DIR ?? 'reports');
const sharded = Boolean(state?.config.shard);
// Merging shards replays results: allure-playwright needs a live run, and each
// shard's allure-results are merged by `allure generate` itself.
const merging = process.env.TWENTY_CONFORMANCE_MERGE === '1';

const reporters: ReporterDescription[] = [
  // Progress: a live line on a terminal, a line per finished area in CI (merging replays finished results).
  merging ? ['line'] : ['./tests/reporters/progress-reporter.ts'],
  ['html', { outputFolder: join(reportDir, 'html'), open: 'never' }],
  ['junit', { outputFile: join(reportDir, 'junit.xml') }],
  ...(merging ? [] : [[
    'allure-playwright',
    {
      resultsDir: join(reportDir, 'allure-results'),
      detail: false,
      suiteTitle: true,
      environmentInfo: state
        ? {
            target: state.target.baseUrl,
            embedded_reference: String(state.target.embeddedReference),
            profile: state.config.profile,
            seed: String(state.config.seed),
          }
        : {},
      categories: [
        { name: 'MUST failures', messageRegex: '.*\\[[A-Z]+-\\d{3} MUST\\].*' },
        { name: 'Could not run', matchedStatuses: ['skipped'] },
      ],
    },
  ] satisfies ReporterDescription]),
  ['./tests/reporters/summary-reporter.ts', { reportDir }],
];
if (sharded) reporters.push(['blob', { outputDir: join(reportDir, 'blob') }]);

// One project per concern; each runs its own spec file (tests/<concern>.spec.ts).
const concerns = ['openapi', 'responses', 'auth', 'filters', 'ordering', 'pagination', 'robustness', 'writes', 'operations', 'metadata'] as const;

// Writing profiles (gate, install): a setup project creates the designed fixtures
// before any concern runs, and its teardown removes them after all, also on failure.
const FIXTURES = 'fixtures';
const writes = Boolean(state?.fixtures);
const fixtureProjects = writes
  ? [
      { name: FIXTURES, testMatch: 'fixtures.setup.ts', teardown: `${FIXTURES}-cleanup` },
      { name: `${FIXTURES}-cleanup`, testMatch: 'fixtures.teardown.ts' },
    ]
  : [];

// Our files are named by their .ts sources; from the installed package they are compiled .js.
export default withOwnExtension(defineConfig({
  testDir: './tests',
  outputDir: join(reportDir, 'test-results'),
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: state?.config.workers ?? 1,
  timeout: testTimeoutMs(state?.config.rate ?? null),
  reporter: reporters,
  // The environment the results describe (shown in the HTML report and merged shards).
  tag: state ? `@${state.config.profile}` : undefined,
  use: {
    // Requests go through our own client policy, not Playwright's request fixture.
    trace: 'off',
  },
  projects: [...fixtureProjects, ...concerns.map((name) => ({ name, testMatch: `${name}.spec.ts`, ...(writes ? { dependencies: [FIXTURES] } : {}) }))],
}), extname(fileURLToPath(import.meta.url)));
