/**
 * Runs one adapter to completion: a board's stop signal ends the run (recorded in the
 * report, jobs so far kept) instead of escaping as an exception.
 */
import type { RawJob } from "./raw-job.ts";
import type { ScrapeReport } from "./report.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "./source-adapter.ts";
import { SourceStopped } from "./source-stopped.ts";

export async function* runSource(
  adapter: SourceAdapter,
  target: ScrapeTarget,
  ctx: SourceContext,
): AsyncIterable<RawJob> {
  try {
    yield* adapter.fetchJobs(target, ctx);
  } catch (err) {
    if (!(err instanceof SourceStopped)) throw err;
    ctx.report.stopped = { reason: err.reason, message: err.message };
    ctx.onProgress?.({
      type: "stop",
      source: adapter.name,
      reason: err.reason,
      detail: err.message,
    });
  }
}

export async function collectJobs(
  adapter: SourceAdapter,
  target: ScrapeTarget,
  ctx: SourceContext,
): Promise<{ jobs: RawJob[]; report: ScrapeReport }> {
  const jobs: RawJob[] = [];
  for await (const job of runSource(adapter, target, ctx)) jobs.push(job);
  return { jobs, report: ctx.report };
}
