// The run-wide pacer over real 127.0.0.1 TCP: several links (as Playwright's
// workers hold them) and the runner's own in-process pacer share one schedule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connectPacer, PacingUnavailableError, startPacingAuthority } from './pacing-authority.ts';
import { spacingMs } from '../../generators/client/pacer.ts';

function maxInWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (const start of times) max = Math.max(max, times.filter((t) => t >= start && t < start + windowMs).length);
  return max;
}

test('three links and the runner share one pace: never more than N grants in any window', async () => {
  const rate = { count: 5, perMs: 500 };
  const authority = await startPacingAuthority(rate);
  const links = await Promise.all([connectPacer(authority.address), connectPacer(authority.address), connectPacer(authority.address)]);
  try {
    const grants: number[] = [];
    const take = async (acquire: () => Promise<() => void>, n: number) => {
      for (let i = 0; i < n; i++) {
        const sent = await acquire();
        grants.push(Date.now());
        sent();
      }
    };
    await Promise.all([...links.map((link) => take(() => link.acquire(), 5)), take(() => authority.pacer.acquire(), 5)]);
    assert.equal(grants.length, 20);
    grants.sort((a, b) => a - b);
    assert.ok(maxInWindow(grants, rate.perMs) <= rate.count, `max ${maxInWindow(grants, rate.perMs)} in ${rate.perMs} ms`);
    // Spaced as one run: 20 grants take at least 19 spacings.
    assert.ok((grants.at(-1) ?? 0) - (grants[0] ?? 0) >= 19 * spacingMs(rate) - 20);
  } finally {
    for (const link of links) link.close();
    await authority.close();
  }
});

test('a lesson learned through one link slows every link, and an unpaced run starts pacing', async () => {
  const authority = await startPacingAuthority(null);
  const [a, b] = await Promise.all([connectPacer(authority.address), connectPacer(authority.address)]);
  try {
    assert.equal(b.spacingMs(), null);
    (await b.acquire())(); // unpaced: no round trip needed
    const notBefore = Date.now() + 300;
    a.learn({ spacingMs: 200, notBefore });
    // b hears the new pace from the authority.
    for (let i = 0; i < 50 && b.spacingMs() === null; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(b.spacingMs(), 200);
    (await b.acquire())();
    assert.ok(Date.now() >= notBefore, 'held until notBefore');
    (await a.acquire())();
    assert.ok(Date.now() >= notBefore + 200, 'the next grant one spacing later');
    assert.equal(authority.pacer.spacingMs(), 200);
  } finally {
    a.close();
    b.close();
    await authority.close();
  }
});

test('a grant delivered late is paced from its real send: the next grant waits a full spacing after it', async () => {
  const authority = await startPacingAuthority({ count: 10, perMs: 1000 });
  const [slow, fast] = await Promise.all([connectPacer(authority.address), connectPacer(authority.address)]);
  try {
    (await slow.acquire())();
    const slowSent = await slow.acquire();
    const next = fast.acquire();
    // The slow link sends 300 ms after its grant (a busy worker): the fast one must wait for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const slowAt = Date.now();
    slowSent();
    (await next)();
    assert.ok(Date.now() - slowAt >= 110 - 5, `the next grant came ${Date.now() - slowAt} ms after the late send`);
  } finally {
    slow.close();
    fast.close();
    await authority.close();
  }
});

test('a link to an authority that is gone refuses to send (PacingUnavailableError), never sends unpaced', async () => {
  const authority = await startPacingAuthority({ count: 1, perMs: 10_000 });
  const link = await connectPacer(authority.address);
  (await link.acquire())();
  const pending = link.acquire();
  await authority.close();
  await assert.rejects(pending, PacingUnavailableError);
  await assert.rejects(link.acquire(), PacingUnavailableError);
  await assert.rejects(connectPacer(authority.address), PacingUnavailableError);
});

test('another process paces through the authority too', async () => {
  const authority = await startPacingAuthority({ count: 4, perMs: 400 });
  try {
    const script = `
      import { connectPacer } from ${JSON.stringify(new URL('./pacing-authority.ts', import.meta.url).href)};
      const link = await connectPacer(process.env.ADDRESS);
      const times = [];
      for (let i = 0; i < 4; i++) { const sent = await link.acquire(); times.push(Date.now()); sent(); }
      console.log(JSON.stringify(times));
      link.close();`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, ADDRESS: authority.address }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const mine: number[] = [];
    for (let i = 0; i < 4; i++) {
      const sent = await authority.pacer.acquire();
      mine.push(Date.now());
      sent();
    }
    await new Promise((resolve) => child.on('close', resolve));
    const theirs = JSON.parse(out) as number[];
    const all = [...mine, ...theirs].sort((x, y) => x - y);
    assert.equal(all.length, 8);
    assert.ok(maxInWindow(all, 400) <= 4, `max ${maxInWindow(all, 400)} in 400 ms: ${all.map((t) => t - (all[0] ?? 0)).join(',')}`);
  } finally {
    await authority.close();
  }
});
