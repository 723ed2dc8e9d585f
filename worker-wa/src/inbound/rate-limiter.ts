export type RateDecision = "ok" | "warn" | "drop";

/**
 * At most `limit` commands per number per `windowMs` (sliding window). The first message
 * over the limit gets one warning; the rest of that burst is dropped silently. In memory:
 * one worker owns the number at a time, and a restart forgetting a minute is harmless.
 */
export class CommandRateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
  ) {}

  hit(phone: string, now: Date): RateDecision {
    const t = now.getTime();
    const recent = (this.hits.get(phone) ?? []).filter((h) => h > t - this.windowMs);
    if (recent.length < this.limit) {
      recent.push(t);
      this.hits.set(phone, recent);
      this.warned.delete(phone);
      return "ok";
    }
    this.hits.set(phone, recent);
    if (this.warned.has(phone)) return "drop";
    this.warned.add(phone);
    return "warn";
  }

  /** Forgets numbers idle for a whole window (called now and then, keeps memory flat). */
  prune(now: Date): void {
    const t = now.getTime();
    for (const [phone, recent] of this.hits) {
      if (!recent.some((h) => h > t - this.windowMs)) {
        this.hits.delete(phone);
        this.warned.delete(phone);
      }
    }
  }
}
