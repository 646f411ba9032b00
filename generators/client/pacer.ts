// The run's pace on the wire. A rate "N requests per window W" is kept by
// spacing sends evenly, at least W/N apart (plus a safety margin): then no
// window of length W can hold more than N sends, whichever process sends them,
// and a late sender never bursts to catch up (the next slot counts from the
// last slot given, not from the run's start). The schedule is pure state; the
// pacers below (in-process, or the run-wide pacing authority over 127.0.0.1)
// wrap it with a clock.

export interface Rate {
  count: number;
  perMs: number;
}

/**
 * Extra spacing over W/N, so that scheduling jitter (an event loop that wakes a
 * few ms late, a proxy that timestamps on arrival) cannot fit N+1 sends into a
 * window: 5 % of the window is 50 ms at 10/s and 3 s at 40/min.
 */
export const PACE_MARGIN = 0.05;

/** Milliseconds between two sends that keep `rate` with the margin. */
export function spacingMs(rate: Rate): number {
  if (!(rate.count >= 1) || !(rate.perMs > 0)) throw new RangeError('rate needs count ≥ 1 and perMs > 0');
  return (rate.perMs / rate.count) * (1 + PACE_MARGIN);
}

/** The slower (larger spacing) of two paces; null means unpaced. */
export function slowerSpacing(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** Pure slot bookkeeping: each reservation gets the earliest time at least one spacing after the previous one. */
export class PaceSchedule {
  private last: number | undefined;
  private spacing: number | null;
  private notBefore = -Infinity;

  constructor(rate: Rate | null) {
    this.spacing = rate ? spacingMs(rate) : null;
  }

  /** Current spacing in ms, or null when unpaced. */
  spacingMs(): number | null {
    return this.spacing;
  }

  /** Reserves the next send: the time at which it may go (≥ now). */
  reserve(now: number): number {
    const paced = this.spacing === null || this.last === undefined ? now : Math.max(now, this.last + this.spacing);
    const slot = Math.max(paced, this.notBefore);
    this.last = slot;
    return slot;
  }

  /** Adopts a spacing if it is slower than the current one; true when the pace changed. */
  slowTo(spacing: number): boolean {
    const next = slowerSpacing(this.spacing, spacing);
    if (next === this.spacing) return false;
    this.spacing = next;
    return true;
  }

  /** Pushes the next slot to at least `at` (a server asked the run to wait until then). */
  holdUntil(at: number): void {
    this.notBefore = Math.max(this.notBefore, at);
  }
}

/** What a 429 taught the run: a slower pace, and a time before which nothing may be sent. */
export interface PaceLesson {
  spacingMs: number;
  /** Epoch ms; nothing is sent before it (Retry-After, or one spacing after the 429). */
  notBefore: number;
}

/** The client's view of a pacer, in-process or run-wide. */
export interface Pacer {
  /** Waits for the run's next free slot. */
  acquire(): Promise<void>;
  /** Slows the run to what a 429 taught. */
  learn(lesson: PaceLesson): void;
  /** The current spacing (ms) as far as this process knows, null when unpaced. */
  spacingMs(): number | null;
  close(): void;
}

/** A pacer for one process: the runner's own stages, the cleanup command, unit tests. */
export function localPacer(rate: Rate | null, now: () => number, sleep: (ms: number) => Promise<void>): Pacer & { schedule: PaceSchedule } {
  const schedule = new PaceSchedule(rate);
  return {
    schedule,
    async acquire() {
      // Reserve first (synchronously), so concurrent callers get distinct slots in call order.
      const slot = schedule.reserve(now());
      for (let wait = slot - now(); wait > 0; wait = slot - now()) await sleep(wait);
    },
    learn(lesson) {
      schedule.slowTo(lesson.spacingMs);
      schedule.holdUntil(lesson.notBefore);
    },
    spacingMs: () => schedule.spacingMs(),
    close() {},
  };
}
