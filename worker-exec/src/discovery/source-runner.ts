/**
 * Runs one source's targets for a run: `targets` of them at once, each streamed through the
 * job store in batches and recorded in scrape_run_progress. A board telling us to stop
 * (blocked, rate limited for long, daily cap) stops the whole source for this run; a
 * company board that is gone or broken (404, malformed) fails only its own target. Nothing
 * a source does fails another source: only the run's own abort or a storage/database
 * failure escapes from here.
 */
import { setMaxListeners } from "node:events";
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { ScrapeRunProgressRow } from "../../../shared/db/schema/discovery.ts";
import type { BrowserProvider } from "../scrape/browser-pool.ts";
import type { HttpClient } from "../scrape/http-client.ts";
import type { RawJob, SourceName } from "../scrape/raw-job.ts";
import { createReport } from "../scrape/report.ts";
import { runSource } from "../scrape/run-source.ts";
import type { SourceAdapter, SourceContext } from "../scrape/source-adapter.ts";
import type { StopReason } from "../scrape/source-stopped.ts";
import { SOURCES } from "../scrape/sources/index.ts";
import { eachLimit } from "./each-limit.ts";
import type { JobStore } from "./job-store.ts";
import { preparePosting, type PreparedPosting } from "./prepared-posting.ts";
import { finishTarget, refreshSourceCount, startTarget, type TargetOutcome } from "./progress.ts";
import type { DiscoverySettings } from "./settings.ts";
import type { DiscoveryTarget } from "./targets.ts";

export interface SourceRunContext {
  sql: Sql;
  logger: Logger;
  runId: string;
  worker: string;
  settings: DiscoverySettings;
  http: HttpClient;
  /** Started on first use: runs without browser work never launch Chromium. */
  browser: () => Promise<BrowserProvider>;
  store: JobStore;
  /** Aborts when the run must stop (drain, lost lease, a crash-worthy failure). */
  signal: AbortSignal;
}

/** Reasons that say "stop asking this board today", not "this one target is bad". */
const SOURCE_WIDE: ReadonlySet<StopReason> = new Set(["blocked", "rate_limited", "daily_cap"]);

export function stopsWholeSource(adapter: SourceAdapter, reason: string): boolean {
  if (SOURCE_WIDE.has(reason as StopReason)) return true;
  // A keyword board that cannot be reached or answers errors will do so for every search.
  return adapter.needs === "query" && reason !== "malformed";
}

interface SourceStop {
  reason: string;
  message: string;
}

class SourceHalted extends Error {
  constructor(readonly stop: SourceStop) {
    super(`source stopped: ${stop.reason}`);
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

export async function runSourceTargets(
  ctx: SourceRunContext,
  source: SourceName,
  targets: readonly DiscoveryTarget[],
  progress: readonly ScrapeRunProgressRow[],
): Promise<void> {
  const adapter = SOURCES[source];
  const mine = progress.filter((p) => p.source === source);
  const finished = new Set(mine.filter((p) => p.state !== "running").map((p) => p.target_key));
  const earlierStop = mine.find((p) => p.stops_source);
  let stop: SourceStop | null = earlierStop
    ? { reason: earlierStop.reason ?? "error", message: earlierStop.message ?? "" }
    : null;
  const halt = new AbortController();
  const signal = AbortSignal.any([ctx.signal, halt.signal]);
  for (const s of [halt.signal, signal]) setMaxListeners(0, s);
  const pending = targets.filter((t) => !finished.has(t.key));

  await eachLimit(pending, ctx.settings.perSource[source].targets, async (target) => {
    ctx.signal.throwIfAborted();
    if (stop) {
      await finishTarget(ctx.sql, ctx.runId, target, ctx.worker, {
        state: "skipped",
        postings: 0,
        pages: 0,
        malformed: 0,
        reason: stop.reason,
        message: `not scraped: ${source} stopped (${stop.message})`,
      });
      return;
    }
    const outcome = await runTarget(ctx, adapter, target, signal);
    if (outcome.stopsSource && !stop) {
      stop = { reason: outcome.reason ?? "error", message: outcome.message ?? "" };
      ctx.logger.warn("source stopped for this run", { source, ...stop });
      halt.abort(new SourceHalted(stop));
    }
    await finishTarget(ctx.sql, ctx.runId, target, ctx.worker, outcome);
    await refreshSourceCount(ctx.sql, ctx.runId, source, ctx.worker);
  });
}

async function runTarget(
  ctx: SourceRunContext,
  adapter: SourceAdapter,
  target: DiscoveryTarget,
  signal: AbortSignal,
): Promise<TargetOutcome> {
  await startTarget(ctx.sql, ctx.runId, target, ctx.worker);
  const report = createReport();
  const sctx: SourceContext = {
    baseUrl: ctx.settings.baseUrl,
    http: ctx.http,
    browser: adapter.kind === "browser" ? await ctx.browser() : undefined,
    proxyUrl: ctx.settings.proxyUrl,
    report,
    pageDelayMs: ctx.settings.pageDelayMs,
    signal,
    onProgress: (event) => {
      if (event.type === "retry" || event.type === "stop")
        ctx.logger.info("scrape progress", { target: target.key, ...event });
    },
  };
  const seen = new Set<string>();
  let buffer: PreparedPosting[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const batch = buffer;
    buffer = [];
    await ctx.store.write(batch);
    for (const p of batch) seen.add(`${p.source}\u0000${p.externalId}`);
  };

  const iterator = runSource(
    adapter,
    {
      company: target.company,
      query: target.query,
      location: target.location,
      limit: target.limit,
    },
    sctx,
  )[Symbol.asyncIterator]();
  let failure: SourceStop | null = null;
  try {
    for (;;) {
      let step: IteratorResult<RawJob>;
      try {
        step = await iterator.next();
      } catch (err) {
        if (signal.aborted) break;
        // An adapter bug or an unexpected page: this target fails, the source goes on.
        failure = { reason: "error", message: describe(err) };
        ctx.logger.error("scrape target failed", {
          source: adapter.name,
          target: target.key,
          reason: failure.message,
        });
        break;
      }
      if (step.done) break;
      buffer.push(preparePosting(step.value, target.company));
      if (buffer.length >= ctx.settings.batchSize) await flush();
    }
  } finally {
    // Lets the adapter's finally close its browser session when we leave early.
    await iterator.return?.(undefined)?.catch(() => undefined);
  }
  ctx.signal.throwIfAborted();
  await flush();

  const counts = { postings: seen.size, pages: report.pages, malformed: report.malformed };
  if (signal.aborted) {
    // Another target of this source stopped it mid-way: what we stored stays.
    const why = signal.reason instanceof SourceHalted ? signal.reason.stop : null;
    return {
      state: "skipped",
      ...counts,
      reason: why?.reason ?? "error",
      message: `interrupted: ${adapter.name} stopped (${why?.message ?? "?"})`,
    };
  }
  if (failure) return { state: "failed", ...counts, ...failure };
  if (report.stopped) {
    return {
      state: "failed",
      ...counts,
      reason: report.stopped.reason,
      message: report.stopped.message,
      stopsSource: stopsWholeSource(adapter, report.stopped.reason),
    };
  }
  return { state: "done", ...counts };
}
