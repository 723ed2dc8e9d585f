/**
 * Per-source politeness: a token bucket refilled at `ratePerSecond` up to `burst`.
 * Clock and sleep are injected so tests run the bucket on fake time.
 */
import type { Sleep } from "./sleep.ts";

export class TokenBucket {
  #tokens: number;
  #last: number;
  // Waiters queue so concurrent takers don't all wake on the same token.
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {
    this.#tokens = burst;
    this.#last = now();
  }

  take(signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#takeOne(signal));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #takeOne(signal?: AbortSignal): Promise<void> {
    if (!Number.isFinite(this.ratePerSecond)) return;
    for (;;) {
      const now = this.now();
      this.#tokens = Math.min(
        this.burst,
        this.#tokens + ((now - this.#last) / 1000) * this.ratePerSecond,
      );
      this.#last = now;
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - this.#tokens) / this.ratePerSecond) * 1000), signal);
    }
  }
}
