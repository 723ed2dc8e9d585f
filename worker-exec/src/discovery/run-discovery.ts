/**
 * One scrape run, from claim to wake-up. The run row is leased (worker id = the runtime's
 * instance id) and the lease renewed while we work. Progress is kept per (run, source,
 * target) in scrape_run_progress, so a worker killed mid-run loses nothing: its lease runs
 * out, the next claimer reads the stored plan and progress, and re-runs only unfinished
 * targets through the same idempotent upserts. At the end: counts, has_new_jobs, release
 * `done`, then the jd-clean wake-up (which the sweep repeats if it is lost).
 */
import { setMaxListeners } from "node:events";
import type { Browser } from "puppeteer-core";
import { claimLeases } from "../../../shared/db/lease/claim.ts";
import { releaseLease } from "../../../shared/db/lease/release.ts";
import { ScrapeRunRow, type ScrapeRunProgressRow } from "../../../shared/db/schema/index.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { BrowserPool } from "../scrape/browser-pool.ts";
import { HttpClient } from "../scrape/http-client.ts";
import type { SourceName } from "../scrape/raw-job.ts";
import { wakeJdClean, type WakeupOptions } from "./jd-clean-wakeup.ts";
import { createJobStore } from "./job-store.ts";
import { keepLease } from "./lease-keeper.ts";
import { loadProgress } from "./progress.ts";
import type { DiscoverySettings } from "./settings.ts";
import { runSourceTargets } from "./source-runner.ts";
import { buildPlan, DiscoveryPlanSchema, type DiscoveryTarget } from "./targets.ts";

export interface DiscoveryDeps {
  sql: Sql;
  logger: Logger;
  storage: Storage;
  /** The lease holder's id: the worker runtime's instance id. */
  worker: string;
  settings: DiscoverySettings;
  wakeup: Omit<WakeupOptions, "logger">;
  /** The scrapers' fetch (tests and the bench inject nothing; kept for the network edge). */
  fetch?: typeof fetch;
  /** Chromium launcher; @sparticuz/chromium (or CHROME_PATH) by default. */
  launchBrowser?: () => Promise<Browser>;
}

export type RunOutcome = "done" | "retry" | "deferred" | "lost";

export interface RunSummary {
  runId: string;
  outcome: RunOutcome;
  jobsSeen?: number;
  jobsNew?: number;
  woken?: boolean;
}

class LeaseLost extends Error {
  constructor() {
    super("scrape run lease lost");
  }
}

/** Claims one due scrape run and works it to the end; null when nothing was due. */
export async function claimAndRun(
  deps: DiscoveryDeps,
  signal: AbortSignal,
): Promise<RunSummary | null> {
  const [run] = await claimLeases(deps.sql, {
    table: "scrape_runs",
    worker: deps.worker,
    limit: 1,
    leaseMs: deps.settings.leaseMs,
    schema: ScrapeRunRow,
  });
  if (!run) return null;
  return runDiscovery(deps, run, signal);
}

export async function runDiscovery(
  deps: DiscoveryDeps,
  run: ScrapeRunRow,
  drain: AbortSignal,
): Promise<RunSummary> {
  const { sql, logger, worker, settings } = deps;
  const log = logger.child({ run_id: run.id, attempt: run.attempts });
  const stop = new AbortController();
  const signal = AbortSignal.any([drain, stop.signal]);
  // Every request in flight listens to the run's signals; dozens at once is expected.
  for (const s of [drain, stop.signal, signal]) setMaxListeners(0, s);
  const keeper = keepLease({
    sql,
    logger: log,
    runId: run.id,
    worker,
    leaseMs: settings.leaseMs,
    onLost: () => stop.abort(new LeaseLost()),
  });
  let pool: BrowserPool | null = null;
  const started = Date.now();
  try {
    await sql`
      update public.scrape_runs set started_at = coalesce(started_at, now())
       where id = ${run.id} and locked_by = ${worker} and status = 'running'`;
    const plan = await planOf(deps, run);
    const progress = await loadProgress(sql, run.id);
    log.info("scrape run started", {
      targets: plan.length,
      finished_before: progress.filter((p) => p.state !== "running").length,
    });

    const http = new HttpClient({
      fetch: deps.fetch,
      proxyUrl: settings.proxyUrl,
      perSource: settings.perSource,
      onRetry: (info) => log.info("scrape retry", info),
    });
    let launching: Promise<BrowserPool> | null = null;
    const browser = () =>
      (launching ??= Promise.resolve().then(() => {
        pool = new BrowserPool({
          maxBrowsers: settings.maxBrowsers,
          proxyUrl: settings.proxyUrl,
          launch: deps.launchBrowser,
          saveArtifact: (path, bytes) => deps.storage.put(path, bytes),
        });
        return pool;
      }));
    const store = createJobStore({ sql, storage: deps.storage, runId: run.id });
    const bySource = new Map<SourceName, DiscoveryTarget[]>();
    for (const t of plan) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t]);

    const results = await Promise.allSettled(
      [...bySource].map(async ([source, targets]) => {
        try {
          await runSourceTargets(
            { sql, logger: log, runId: run.id, worker, settings, http, browser, store, signal },
            source,
            targets,
            progress,
          );
        } catch (err) {
          // A database or storage failure: stop the other sources too, and retry the run.
          if (!signal.aborted) stop.abort(err);
          throw err;
        }
      }),
    );
    if (signal.aborted) throw signal.reason;
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;

    const summary = await finishRun(deps, run.id);
    const state = await releaseLease(sql, {
      table: "scrape_runs",
      id: run.id,
      worker,
      outcome: "done",
    });
    if (state === null) throw new LeaseLost();
    log.info("scrape run done", {
      jobs_seen: summary.jobsSeen,
      jobs_new: summary.jobsNew,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    });
    const woken = summary.hasNewJobs
      ? await wakeJdClean({ ...deps.wakeup, logger: log }, run.id)
      : false;
    return {
      runId: run.id,
      outcome: "done",
      jobsSeen: summary.jobsSeen,
      jobsNew: summary.jobsNew,
      woken,
    };
  } catch (err) {
    if (keeper.lost || err instanceof LeaseLost) {
      log.warn("scrape run abandoned: lease lost");
      return { runId: run.id, outcome: "lost" };
    }
    if (drain.aborted) {
      // Not a failure: hand the run (and its progress) straight to the next worker.
      await releaseLease(sql, {
        table: "scrape_runs",
        id: run.id,
        worker,
        outcome: "defer",
        delayMs: 0,
        error: "worker drained mid-run; progress kept",
      }).catch((e: unknown) => log.warn("release on drain failed", { reason: String(e) }));
      return { runId: run.id, outcome: "deferred" };
    }
    const reason = err instanceof Error ? err.message : String(err);
    log.error("scrape run failed; retrying later", { reason });
    await releaseLease(sql, {
      table: "scrape_runs",
      id: run.id,
      worker,
      outcome: "retry",
      error: reason,
    }).catch((e: unknown) => log.warn("release on failure failed", { reason: String(e) }));
    return { runId: run.id, outcome: "retry" };
  } finally {
    keeper.stop();
    // Every browser is closed whatever happened.
    await (pool as BrowserPool | null)?.close();
  }
}

/** The run's stored plan, or a fresh one stored on the run when it is first worked on. */
async function planOf(deps: DiscoveryDeps, run: ScrapeRunRow): Promise<DiscoveryTarget[]> {
  if (run.targets.length > 0) {
    const stored = DiscoveryPlanSchema.safeParse(run.targets);
    if (stored.success) return stored.data.filter((t) => deps.settings.sources.includes(t.source));
    deps.logger.warn("stored scrape plan unreadable; planning again", { run_id: run.id });
  }
  const plan = await buildPlan(deps.sql, {
    sources: deps.settings.sources,
    boardTargetLimit: deps.settings.boardTargetLimit,
    maxUserSearches: deps.settings.maxUserSearches,
  });
  await deps.sql`
    update public.scrape_runs set targets = ${deps.sql.json(plan as never)}
     where id = ${run.id} and locked_by = ${deps.worker} and status = 'running'`;
  return plan;
}

interface FinishedCounts {
  jobsSeen: number;
  jobsNew: number;
  hasNewJobs: boolean;
}

/** Per-source counts and failures from the progress rows; exact job counts from `jobs`. */
function summarise(progress: readonly ScrapeRunProgressRow[]) {
  const counts: Record<string, number> = {};
  const failures: Record<string, Record<string, unknown>> = {};
  for (const p of progress) {
    counts[p.source] = (counts[p.source] ?? 0) + p.postings;
    if (p.state !== "failed") continue;
    const held = failures[p.source];
    if (!held) {
      failures[p.source] = {
        reason: p.reason,
        message: p.message,
        scope: p.stops_source ? "source" : "targets",
        failed_targets: 1,
        targets: [p.target_key],
      };
      continue;
    }
    held.failed_targets = (held.failed_targets as number) + 1;
    const keys = held.targets as string[];
    if (keys.length < 20) keys.push(p.target_key);
    if (p.stops_source) {
      Object.assign(held, { reason: p.reason, message: p.message, scope: "source" });
    }
  }
  return { counts, failures };
}

async function finishRun(deps: DiscoveryDeps, runId: string): Promise<FinishedCounts> {
  const { counts, failures } = summarise(await loadProgress(deps.sql, runId));
  const [row] = await deps.sql<{ jobs_seen: number; jobs_new: number; has_new_jobs: boolean }[]>`
    with seen as (select count(*)::int as n from public.jobs where last_run_id = ${runId}),
         fresh as (select count(*)::int as n from public.jobs where first_run_id = ${runId})
    update public.scrape_runs r set
      source_counts = ${deps.sql.json(counts)},
      source_failures = ${deps.sql.json(failures as never)},
      jobs_seen = seen.n,
      jobs_new = fresh.n,
      has_new_jobs = fresh.n > 0,
      finished_at = now(),
      -- The wake-up is stamped before it is sent: the sweep re-sends it if it is lost.
      jd_clean_woken_at = case when fresh.n > 0 then now() else r.jd_clean_woken_at end,
      jd_clean_wakeups = r.jd_clean_wakeups + (fresh.n > 0)::int
    from seen, fresh
    where r.id = ${runId} and r.status = 'running' and r.locked_by = ${deps.worker}
    returning r.jobs_seen, r.jobs_new, r.has_new_jobs`;
  if (!row) throw new LeaseLost();
  return { jobsSeen: row.jobs_seen, jobsNew: row.jobs_new, hasNewJobs: row.has_new_jobs };
}
