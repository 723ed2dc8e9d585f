/**
 * Thrown when a board tells us to stop (or cannot be reached). Jobs yielded before it are
 * still good; the reason is what the scheduler records for the source and backs off on.
 */
export type StopReason =
  "rate_limited" | "blocked" | "daily_cap" | "malformed" | "unreachable" | `http_${number}`;

export class SourceStopped extends Error {
  readonly source: string;
  readonly reason: StopReason;
  /** How long the board asked us to stay away, when it said. */
  readonly retryAfterMs: number | null;

  constructor(
    source: string,
    reason: StopReason,
    message?: string,
    retryAfterMs: number | null = null,
  ) {
    super(message ?? `${source} stopped: ${reason}`);
    this.name = "SourceStopped";
    this.source = source;
    this.reason = reason;
    this.retryAfterMs = retryAfterMs;
  }
}
