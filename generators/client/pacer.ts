// Keeps a run under "N requests per window": it remembers when the last N
// requests were sent and, when the window is full, waits until the oldest of
// them leaves it. Unlike a refilling bucket, this can never put N+1 requests
// in any window, which is what a server's sliding limit counts.

export interface Rate {
  count: number;
  perMs: number;
}

export class Pacer {
  private readonly sent: number[] = [];
  // Concurrent callers take slots one after another, never both at once.
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    if (!(rate.count >= 1) || !(rate.perMs > 0)) throw new RangeError('rate needs count ≥ 1 and perMs > 0');
  }

  /** How long the next request must wait at `at` (pure view of the state). */
  delayAt(at: number): number {
    if (this.sent.length < this.rate.count) return 0;
    const oldest = this.sent[this.sent.length - this.rate.count] ?? at;
    return Math.max(0, oldest + this.rate.perMs - at);
  }

  /** Waits for a free slot, then records the send time. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (let delay = this.delayAt(this.now()); delay > 0; delay = this.delayAt(this.now())) {
      await this.sleep(delay);
    }
    this.sent.push(this.now());
    if (this.sent.length > this.rate.count) this.sent.splice(0, this.sent.length - this.rate.count);
  }
}
