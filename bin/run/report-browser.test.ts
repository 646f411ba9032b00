// report.html in a real browser: a gate run against a reference fault writes
// the page, Debian's chromium (never a downloaded browser) opens it from disk,
// and a person would see the verdict, the failing check's row with its
// contract sentence, and its reproducer. The screenshot is kept beside the page
// for a human to judge. Skipped, with the reason, where /usr/bin/chromium is
// absent (.ci/run installs it with apt).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { findCheck } from '../../generators/checks/catalogue.ts';
import { sentenceParts } from '../../generators/report/run-verdict.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'twenty-conformance.js');
/** Debian's chromium package; another installed (never downloaded) chromium can be named by path. */
const CHROMIUM = process.env.TWENTY_CONFORMANCE_CHROMIUM || '/usr/bin/chromium';
/** Under the git-ignored reports/ folder, so the page and its screenshot outlive the test. */
const reportDir = join(root, 'reports', 'browser-test');
export const SCREENSHOT = 'report-screenshot.png';

const FAULT = 'ilike-case-sensitive';
const CHECK = 'FLT-002';

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, CI: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test(`report.html of a gate run against the ${FAULT} fault, opened from disk in chromium`, { timeout: 240_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is absent: install Debian's chromium package (apt-get install -y chromium; .ci/run does) to open report.html in a browser`);
    console.log(`report-browser.test: SKIPPED, no browser at ${CHROMIUM}; report.html was not opened in a browser`);
    return;
  }
  rmSync(reportDir, { recursive: true, force: true });
  const { code, output } = await run(['--reference-fault', FAULT, '--check', CHECK, '--seed', '1', '--workers', '1', '--report-dir', reportDir]);
  assert.equal(code, 1, `the fault makes the run not conformant:\n${output}`);
  const summary = JSON.parse(readFileSync(join(reportDir, 'summary.json'), 'utf8')) as { exitCode: number };
  assert.equal(summary.exitCode, 1);
  const page = join(reportDir, 'report.html');
  assert.ok(existsSync(page), 'the run wrote report.html');

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(request.url()));
    const url = pathToFileURL(page).href;
    await tab.goto(url);

    const verdict = tab.locator('#verdict h1');
    assert.ok(await verdict.isVisible(), 'the verdict is visible');
    assert.equal(await verdict.innerText(), 'Not conformant (exit 1)');
    assert.match(await tab.locator('#verdict p').innerText(), new RegExp(`MUST check failed: ${CHECK}`));

    const check = findCheck(CHECK);
    assert.ok(check);
    const row = tab.locator(`tr#check-${CHECK}`);
    await row.scrollIntoViewIfNeeded();
    assert.ok(await row.isVisible(), `the ${CHECK} row is visible`);
    const rowText = await row.innerText();
    assert.match(rowText, /FAIL/);
    // As a person reads it: `code` spans are set in a monospace font, without their backticks.
    const shown = sentenceParts(check.sentence).map((part) => part.text).join('').replace(/\s+/g, ' ');
    assert.ok(rowText.replace(/\s+/g, ' ').includes(shown), `the row shows the contract sentence:\n${rowText}`);

    const reproducer = tab.locator(`#failure-check-${CHECK} pre.reproducer`).first();
    await reproducer.scrollIntoViewIfNeeded();
    assert.ok(await reproducer.isVisible(), 'the reproducer is visible');
    const curl = await reproducer.innerText();
    assert.match(curl, /^curl -sS .*-H "Authorization: Bearer \$TWENTY_API_KEY" '.*\/rest\/companies\?filter=/);

    // Self-contained: the page asked for nothing but itself.
    assert.deepEqual(requested, [url]);
    await tab.mouse.wheel(0, -100_000);
    await tab.screenshot({ path: join(reportDir, SCREENSHOT), fullPage: true });
    t.diagnostic(`screenshot: ${join(reportDir, SCREENSHOT)}`);
  } finally {
    await browser.close();
  }
  assert.ok(statSync(join(reportDir, SCREENSHOT)).size > 10_000, 'the screenshot was written');
  // No credential in anything the run left (the embedded reference's key is printed nowhere either).
  const apiKeyLine = output.split('\n').find((line) => line.includes('"apiKey"'));
  assert.equal(apiKeyLine, undefined);
  for (const file of filesUnder(reportDir).filter((path) => /\.(html|md|svg|json|txt|xml)$/.test(path))) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /Bearer eyJ/, `${file} holds no token`);
  }
});
