import { boardPathPrefix, companiesWith } from "./companies.ts";

/** How a sandbox instance behaves; every knob has a default that matches the test suite. */
export interface RateLimitRule {
  /** Requests whose path starts with this prefix share one window. */
  pathPrefix: string;
  max: number;
  windowMs: number;
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** Multiplies fixture volume (SANDBOX_SCALE); 1 ≈ a few hundred jobs per board. */
  scale?: number;
  /** The sandbox's clock; tests share a fake one with the client's injected sleep. */
  now?: () => number;
  rateLimits?: RateLimitRule[];
  /** Requests to a flaky board's URL that fail with 503 before it succeeds. */
  flakyFailures?: number;
  /** LinkedIn answers 999 once this many guest requests have been served. */
  linkedinBlockAfter?: number;
  /** Naukri search API calls allowed per sandbox lifetime before the daily cap. */
  naukriDailyCap?: number;
}

export interface ResolvedOptions {
  scale: number;
  now: () => number;
  rateLimits: RateLimitRule[];
  flakyFailures: number;
  linkedinBlockAfter: number;
  naukriDailyCap: number;
}

/** Boards flagged `rate_limited` allow 2 requests per 4 s window. */
export const DEFAULT_RATE_LIMITS: RateLimitRule[] = companiesWith("rate_limited").map((c) => ({
  pathPrefix: boardPathPrefix(c.ats, c.slug),
  max: 2,
  windowMs: 4_000,
}));

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  const envScale = Number(process.env.SANDBOX_SCALE);
  return {
    scale: options.scale ?? (Number.isFinite(envScale) && envScale > 0 ? envScale : 1),
    now: options.now ?? Date.now,
    rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS,
    flakyFailures: options.flakyFailures ?? 2,
    linkedinBlockAfter: options.linkedinBlockAfter ?? Number.POSITIVE_INFINITY,
    naukriDailyCap: options.naukriDailyCap ?? Number.POSITIVE_INFINITY,
  };
}
