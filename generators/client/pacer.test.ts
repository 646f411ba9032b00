import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localPacer, PACE_MARGIN, PaceSchedule, SENT_TIMEOUT_MS, slowerSpacing, spacingMs } from './pacer.ts';

/** A virtual clock: sleepers wake in time order, one at a time, and time jumps to each wake-up. */
function fakeClock() {
  let time = 0;
  const timers: { at: number; wake: () => void }[] = [];
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => time,
    sleep: (ms: number) => new Promise<void>((wake) => timers.push({ at: time + ms, wake })),
    /** Runs until every sleeper has woken and nothing new sleeps. */
    async drain() {
      await settle();
      while (timers.length > 0) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift()!;
        time = Math.max(time, next.at);
        next.wake();
        await settle();
      }
    },
  };
}

function maxInWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (const start of times) max = Math.max(max, times.filter((t) => t >= start && t < start + windowMs).length);
  return max;
}

test('spacing is the window over the count, with the margin', () => {
  assert.equal(spacingMs({ count: 40, perMs: 60_000 }), 1500 * (1 + PACE_MARGIN));
  assert.equal(spacingMs({ count: 10, perMs: 1000 }), 100 * (1 + PACE_MARGIN));
  assert.throws(() => spacingMs({ count: 0, perMs: 1000 }), RangeError);
});

test('never more than count sends in any window, even with concurrent callers', async () => {
  const clock = fakeClock();
  const pacer = localPacer({ count: 3, perMs: 1000 }, clock.now, clock.sleep);
  const sends: number[] = [];
  // Concurrent acquires: slots are given one at a time, in call order.
  const all = Promise.all(
    Array.from({ length: 10 }, () =>
      pacer.acquire().then((sent) => {
        sends.push(clock.now());
        sent();
      }),
    ),
  );
  await clock.drain();
  await all;
  assert.equal(sends.length, 10);
  assert.equal(maxInWindow(sends, 1000), 3);
});

test('the pace counts from the real send: a late send pushes the next slot, a quiet spell gives no burst', () => {
  const schedule = new PaceSchedule({ count: 2, perMs: 1000 });
  assert.equal(schedule.nextSlot(0), 0);
  schedule.markSent(0);
  assert.equal(schedule.nextSlot(0), 550);
  // Granted at 550 but really sent at 900 (a busy event loop): the next slot is 900 + 550.
  schedule.markSent(900);
  assert.equal(schedule.nextSlot(1000), 1450);
  // Nothing for ten windows: the next request goes now, the one after it a spacing later.
  assert.equal(schedule.nextSlot(20_000), 20_000);
  schedule.markSent(20_000);
  assert.equal(schedule.nextSlot(20_000), 20_550);
});

test('unpaced: every slot is now; slowing down paces from the last send', () => {
  const schedule = new PaceSchedule(null);
  assert.equal(schedule.nextSlot(5), 5);
  schedule.markSent(5);
  assert.equal(schedule.nextSlot(5), 5);
  assert.equal(schedule.slowTo(600), true);
  assert.equal(schedule.nextSlot(5), 605);
  assert.equal(schedule.slowTo(300), false, 'a faster pace is never adopted');
  assert.equal(schedule.spacingMs(), 600);
});

test('holdUntil delays the next slot to the given time', () => {
  const schedule = new PaceSchedule({ count: 1, perMs: 100 });
  schedule.markSent(0);
  schedule.holdUntil(5_000);
  assert.equal(schedule.nextSlot(10), 5_000);
  schedule.markSent(5_000);
  assert.equal(schedule.nextSlot(10), 5_110);
  const unpaced = new PaceSchedule(null);
  unpaced.holdUntil(2_000);
  assert.equal(unpaced.nextSlot(0), 2_000);
});

test('slowerSpacing treats null as unpaced', () => {
  assert.equal(slowerSpacing(null, 5), 5);
  assert.equal(slowerSpacing(7, null), 7);
  assert.equal(slowerSpacing(7, 5), 7);
  assert.equal(slowerSpacing(null, null), null);
});

test('a learned lesson slows a local pacer and holds it until notBefore', async () => {
  const clock = fakeClock();
  const pacer = localPacer(null, clock.now, clock.sleep);
  const step = async () => {
    const done = pacer.acquire();
    await clock.drain();
    (await done)();
  };
  await step();
  pacer.learn({ spacingMs: 600, notBefore: 3_000 });
  await step();
  assert.equal(clock.now(), 3_000);
  await step();
  assert.equal(clock.now(), 3_600);
  assert.equal(pacer.spacingMs(), 600);
});

test('a slot holder that never sends releases the slot after SENT_TIMEOUT_MS', async () => {
  const pacer = localPacer({ count: 1000, perMs: 1000 }, Date.now, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  await pacer.acquire(); // never marked sent
  const started = Date.now();
  const sent = await pacer.acquire();
  sent();
  const waited = Date.now() - started;
  assert.ok(waited >= SENT_TIMEOUT_MS - 50 && waited < SENT_TIMEOUT_MS + 1000, `waited ${waited} ms`);
});
