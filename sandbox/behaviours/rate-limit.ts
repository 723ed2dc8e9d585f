/**
 * Fixed-window rate limiting the way ATS APIs do it: over `max` requests in the window
 * gets 429 with Retry-After = seconds until the window rolls over.
 */
import type { RateLimitRule } from "../options.ts";

export class RateLimiter {
  readonly #rules: RateLimitRule[];
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(rules: RateLimitRule[], now: () => number) {
    this.#rules = rules;
    this.#now = now;
  }

  /** Seconds to wait when the request is over the limit, else null. */
  check(path: string): number | null {
    const rule = this.#rules.find((r) => path.startsWith(r.pathPrefix));
    if (!rule) return null;
    const now = this.#now();
    let w = this.#windows.get(rule.pathPrefix);
    if (!w || now - w.start >= rule.windowMs) {
      w = { start: now, count: 0 };
      this.#windows.set(rule.pathPrefix, w);
    }
    w.count++;
    if (w.count <= rule.max) return null;
    return Math.max(1, Math.ceil((w.start + rule.windowMs - now) / 1000));
  }
}

/** A board that fails with 503 the first N times a URL is asked for, then recovers. */
export class FlakyCounter {
  readonly #seen = new Map<string, number>();
  constructor(private readonly failures: number) {}

  shouldFail(url: string): boolean {
    const n = (this.#seen.get(url) ?? 0) + 1;
    this.#seen.set(url, n);
    return n <= this.failures;
  }
}
