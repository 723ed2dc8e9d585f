/** What every portal's routes share: resolved options and the stateful behaviours. */
import type { FlakyCounter, RateLimiter } from "../behaviours/rate-limit.ts";
import type { ResolvedOptions } from "../options.ts";

export interface PortalDeps {
  options: ResolvedOptions;
  limiter: RateLimiter;
  flaky: FlakyCounter;
  /** Per-portal request counters for board-level signals (LinkedIn block, Naukri cap). */
  counters: Map<string, number>;
}

export function bump(deps: PortalDeps, key: string): number {
  const n = (deps.counters.get(key) ?? 0) + 1;
  deps.counters.set(key, n);
  return n;
}

/** Timestamps the way Indian-hosted ATS APIs print them: ISO with the +05:30 offset. */
export function istIso(date: Date): string {
  const ist = new Date(date.getTime() + 330 * 60_000);
  return `${ist.toISOString().slice(0, 19)}+05:30`;
}

/** Plain text of fixture HTML; good enough for the sandbox's own "descriptionPlain" fields. */
export function fixtureText(html: string): string {
  return html
    .replace(/<li>/g, "- ")
    .replace(/<\/(p|li|h3|ul|ol)>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** A stable numeric id for the i-th posting of a slug on a board with a given prefix. */
export function numericId(prefix: string, slugHash: number, i: number, width = 6): string {
  return `${prefix}${String(slugHash % 1000).padStart(3, "0")}${String(i).padStart(width, "0")}`;
}
