/** Politeness between pages of one board, on the client's injectable clock. */
import type { ScrapeTarget, SourceContext } from "./source-adapter.ts";

export const DEFAULT_PAGE_DELAY_MS = 1500;

export async function pauseBetweenPages(ctx: SourceContext): Promise<void> {
  const ms = ctx.pageDelayMs ?? DEFAULT_PAGE_DELAY_MS;
  if (ms > 0) await ctx.http.sleep(ms, ctx.signal);
}

/** True once the run has yielded the target's limit. */
export function limitReached(target: ScrapeTarget, ctx: SourceContext): boolean {
  return target.limit !== undefined && ctx.report.yielded >= target.limit;
}

export function requireField(
  target: ScrapeTarget,
  field: "company" | "query",
  source: string,
): string {
  const value = target[field]?.trim();
  if (!value) throw new TypeError(`${source} needs a ${field}`);
  return value;
}
