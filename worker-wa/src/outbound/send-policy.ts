/**
 * How fast one number may send, so WhatsApp never sees a bot burst: hourly and daily caps,
 * and a slow ramp after every (re)connect. Pure: counts in, "send now" or "wait this long" out.
 */
export interface SendLimits {
  hourlyCap: number;
  dailyCap: number;
  /** Sends allowed at once after a connect… */
  rampInitial: number;
  /** …plus one more every this many ms, until the caps are what binds. */
  rampStepMs: number;
}

export interface SendCounts {
  lastHour: number;
  last24h: number;
  /** Sends since the current connection opened. */
  sinceConnect: number;
  /** Start times of the oldest sends still inside each window (to compute when one frees). */
  oldestInHour: Date | null;
  oldestIn24h: Date | null;
}

export type SendDecision = { send: true } | { send: false; waitMs: number; reason: string };

export function rampAllowance(limits: SendLimits, connectedAt: Date, now: Date): number {
  const elapsed = Math.max(0, now.getTime() - connectedAt.getTime());
  return limits.rampInitial + Math.floor(elapsed / limits.rampStepMs);
}

export function decideSend(
  limits: SendLimits,
  counts: SendCounts,
  connectedAt: Date,
  now: Date,
): SendDecision {
  const t = now.getTime();
  if (counts.last24h >= limits.dailyCap) {
    const frees = (counts.oldestIn24h?.getTime() ?? t) + 24 * 3_600_000;
    return { send: false, waitMs: Math.max(1_000, frees - t), reason: "daily cap" };
  }
  if (counts.lastHour >= limits.hourlyCap) {
    const frees = (counts.oldestInHour?.getTime() ?? t) + 3_600_000;
    return { send: false, waitMs: Math.max(1_000, frees - t), reason: "hourly cap" };
  }
  const allowance = rampAllowance(limits, connectedAt, now);
  if (counts.sinceConnect >= allowance) {
    const elapsed = Math.max(0, t - connectedAt.getTime());
    const next = (Math.floor(elapsed / limits.rampStepMs) + 1) * limits.rampStepMs - elapsed;
    return { send: false, waitMs: Math.max(1_000, next), reason: "ramp after reconnect" };
  }
  return { send: true };
}

/** A random delay in [minMs, maxMs] ("a person typing"); `random` injected for tests. */
export function humanDelay(minMs: number, maxMs: number, random: () => number): number {
  if (maxMs <= minMs) return Math.max(0, minMs);
  return Math.round(minMs + (maxMs - minMs) * random());
}
