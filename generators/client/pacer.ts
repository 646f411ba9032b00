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
 * Extra spacing over W/N, so that scheduling jitter (a worker whose event loop
 * writes the request a few ms after its slot, a proxy that timestamps on
 * arrival) cannot fit N+1 sends into a window: 10 % of the window is 100 ms at
 * 10/s and 6 s at 40/min. (Measured on 2 cores at load 29, 10/s with 5 %: the
 * tightest 11 consecutive requests spanned 1,057 ms, the smallest gap 67 ms.)
 */
export const PACE_MARGIN = 0.1;

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

/**
 * Pure slot bookkeeping. The pace counts from when the previous request was
 * really sent (`markSent`), not from when it was planned: a grant that was
 * delivered late (a busy event loop, a loaded machine) then cannot bunch up
 * with the next one on the wire.
 */
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

  /** The earliest time the next request may go (≥ now). */
  nextSlot(now: number): number {
    const paced = this.spacing === null || this.last === undefined ? now : Math.max(now, this.last + this.spacing);
    return Math.max(paced, this.notBefore);
  }

  /** Records that a request went out at `at`. */
  markSent(at: number): void {
    this.last = Math.max(this.last ?? at, at);
  }

  /** Adopts a spacing if it is slower than the current one; true when the pace changed. */
  slowTo(spacing: number): boolean {
    const next = slowerSpacing(this.spacing, spacing);
    if (next === this.spacing) return false;
    this.spacing = next;
    return true;
  }

  /** Nothing goes before `at` (a server asked the run to wait until then). */
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

/** Called by the holder of a slot the moment its request goes out. */
export type MarkSent = () => void;

/** The client's view of a pacer, in-process or run-wide. */
export interface Pacer {
  /**
   * Waits for the run's next slot. The caller sends at once and calls the
   * returned function as it does: the next slot counts from that moment.
   */
  acquire(): Promise<MarkSent>;
  /** Slows the run to what a 429 taught. */
  learn(lesson: PaceLesson): void;
  /** The current spacing (ms) as far as this process knows, null when unpaced. */
  spacingMs(): number | null;
  close(): void;
}

/** A slot holder that never says it sent (it failed first) releases the slot after this long. */
export const SENT_TIMEOUT_MS = 2_000;

const noop: MarkSent = () => {};

/**
 * A pacer for one process (and the authority's own schedule): slots are given
 * one at a time, in call order, each after the previous request went out.
 */
export function localPacer(rate: Rate | null, now: () => number, sleep: (ms: number) => Promise<void>): Pacer & { schedule: PaceSchedule } {
  const schedule = new PaceSchedule(rate);
  let turn: Promise<void> = Promise.resolve();
  return {
    schedule,
    acquire() {
      if (schedule.spacingMs() === null && schedule.nextSlot(now()) <= now()) return Promise.resolve(noop);
      return new Promise<MarkSent>((granted) => {
        turn = turn.then(async () => {
          for (let wait = schedule.nextSlot(now()) - now(); wait > 0; wait = schedule.nextSlot(now()) - now()) await sleep(wait);
          await new Promise<void>((released) => {
            let done = false;
            const release = () => {
              if (done) return;
              done = true;
              clearTimeout(timer);
              schedule.markSent(now());
              released();
            };
            // A real timer (not the injected clock): only a holder that never sends waits for it.
            const timer = setTimeout(release, SENT_TIMEOUT_MS);
            granted(release);
          });
        });
      });
    },
    learn(lesson) {
      schedule.slowTo(lesson.spacingMs);
      schedule.holdUntil(lesson.notBefore);
    },
    spacingMs: () => schedule.spacingMs(),
    close() {},
  };
}
