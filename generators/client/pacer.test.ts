import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pacer } from './pacer.ts';

function fakeClock() {
  let time = 0;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
    sleeps,
  };
}

test('never more than count sends in any window', async () => {
  const clock = fakeClock();
  const pacer = new Pacer({ count: 3, perMs: 1000 }, clock.now, clock.sleep);
  const sends: number[] = [];
  for (let i = 0; i < 10; i++) {
    await pacer.acquire();
    sends.push(clock.now());
    clock.advance(10);
  }
  for (const start of sends) {
    const inWindow = sends.filter((at) => at >= start && at < start + 1000).length;
    assert.ok(inWindow <= 3, `window at ${start} holds ${inWindow} sends: ${sends.join(',')}`);
  }
  assert.deepEqual(sends.slice(0, 4), [0, 10, 20, 1000]);
});

test('no waiting while under the rate', async () => {
  const clock = fakeClock();
  const pacer = new Pacer({ count: 2, perMs: 100 }, clock.now, clock.sleep);
  await pacer.acquire();
  clock.advance(100);
  await pacer.acquire();
  clock.advance(100);
  await pacer.acquire();
  assert.deepEqual(clock.sleeps, []);
});

test('concurrent callers are spaced too', async () => {
  const clock = fakeClock();
  const pacer = new Pacer({ count: 1, perMs: 50 }, clock.now, clock.sleep);
  const times: number[] = [];
  await Promise.all([0, 1, 2].map(() => pacer.acquire().then(() => times.push(clock.now()))));
  assert.deepEqual(times, [0, 50, 100]);
});

test('rejects a meaningless rate', () => {
  assert.throws(() => new Pacer({ count: 0, perMs: 1000 }, Date.now, async () => {}), RangeError);
});
