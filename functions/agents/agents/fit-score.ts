import { z } from "zod";
import { loadTaxonomy } from "../../../shared/intelligence/index.ts";
import {
  clearStaleFlag,
  compileFitUser,
  ensureTaxonomy,
  JobIndex,
  loadFitUsers,
  loadRunJobs,
  loadScanPage,
  readFitModel,
  scoreUserAgainst,
  writeScores,
  type FitModel,
  type ScoreRow,
} from "../../../shared/intelligence-db/index.ts";
import { defineAgent, type AgentContext, type AgentOutcome } from "../agent-contract.ts";

/** Users compiled and scored per chunk of a delta run. */
export const USERS_PER_CHUNK = 60;
/** Jobs per page of a full scan. */
const SCAN_PAGE = 2000;
/** Left of the budget for the last write and the bookkeeping. */
const RESERVE_MS = 250;
/** Stale users a sweep looks at per call. */
const SWEEP_USERS = 50;
/** Where the apply pipeline picks up after a run is scored (worker-exec's outbox channel). */
export const QUEUE_APPLICATIONS_TARGET = "worker-exec/queue-applications";

const Payload = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("full_scan"),
    user_id: z.uuid().optional(),
    after_job_id: z.uuid().optional(),
  }),
  z.object({
    mode: z.literal("delta"),
    scrape_run_id: z.uuid(),
    after_user_id: z.uuid().optional(),
  }),
  z.object({ mode: z.literal("sweep") }),
]);

interface Tally {
  scored: number;
  stored: number;
}

/** The compiled jobs of the run being scored, kept while this isolate lives. */
let runCache: { key: string; index: JobIndex } | null = null;

async function runIndex(ctx: AgentContext, runId: string): Promise<JobIndex> {
  const [stamp] = await ctx.sql<{ n: number; at: Date | null }[]>`
    select count(*)::int as n, max(updated_at) as at from public.jobs
     where first_run_id = ${runId} and jd_cleaned and is_active`;
  const key = `${runId}:${stamp?.n ?? 0}:${stamp?.at?.toISOString() ?? ""}`;
  if (runCache?.key !== key) {
    runCache = { key, index: new JobIndex(await loadRunJobs(ctx.sql, runId), loadTaxonomy()) };
  }
  return runCache.index;
}

const yieldToIo = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Scores one scrape run's new jobs against every scored user, chunk by chunk. */
async function delta(
  ctx: AgentContext,
  runId: string,
  afterUserId: string | undefined,
  model: FitModel,
): Promise<AgentOutcome> {
  const [run] = await ctx.sql<
    { jd_clean_complete: boolean; scoring_complete: boolean; max_seen: Date | null }[]
  >`
    select r.jd_clean_complete, r.scoring_complete,
           (select max(j.first_seen_at) from public.jobs j where j.first_run_id = r.id) as max_seen
      from public.scrape_runs r where r.id = ${runId}`;
  if (!run) return { status: "failed", records_processed: 0, error: "no such scrape run" };
  if (run.scoring_complete)
    return { status: "skipped", records_processed: 0, result: { reason: "run already scored" } };
  if (!run.jd_clean_complete)
    return { status: "skipped", records_processed: 0, result: { reason: "run not cleaned yet" } };

  const index = await runIndex(ctx, runId);
  const tally: Tally = { scored: 0, stored: 0 };
  let users = 0;
  let after = afterUserId ?? null;
  let done = index.all.length === 0;
  let pending: Promise<unknown> = Promise.resolve();
  let chunkMs = 0;
  const now = ctx.clock.now();
  let first = true;
  // At least one chunk per call, so even a starved call makes progress.
  while (!done && (first || ctx.remainingMs() > RESERVE_MS + 1.5 * chunkMs)) {
    first = false;
    const started = performance.now();
    const rows = await loadFitUsers(ctx.sql, {
      afterId: after,
      limit: USERS_PER_CHUNK,
      notStale: true,
    });
    const scores: ScoreRow[] = [];
    for (const r of rows) {
      const u = compileFitUser(r);
      tally.scored += scoreUserAgainst(r.id, u, index.candidates(u), model, scores).scored;
    }
    users += rows.length;
    tally.stored += scores.length;
    if (rows.length > 0) after = rows[rows.length - 1]!.id;
    if (rows.length < USERS_PER_CHUNK) done = true;
    // Write this chunk while the next one is scored: the database works while we compute.
    await pending;
    const ids = rows.map((r) => r.id);
    pending = writeScores(ctx.sql, scores, model, now).then(() =>
      ids.length === 0
        ? undefined
        : ctx.sql`
            insert into public.user_fit_score_cursors
              (user_id, last_job_seen_at, model_version, updated_at)
            select id, ${run.max_seen}, ${model.version}, ${now} from unnest(${ids}::uuid[]) as id
            on conflict (user_id) do update
              set last_job_seen_at = greatest(user_fit_score_cursors.last_job_seen_at,
                                              excluded.last_job_seen_at),
                  model_version = excluded.model_version, updated_at = excluded.updated_at
             where user_fit_score_cursors.last_job_seen_at is distinct from
                   greatest(user_fit_score_cursors.last_job_seen_at, excluded.last_job_seen_at)
                or user_fit_score_cursors.model_version is distinct from excluded.model_version`,
    );
    await yieldToIo();
    chunkMs = performance.now() - started;
  }
  await pending;

  const result = {
    mode: "delta",
    scrape_run_id: runId,
    jobs: index.all.length,
    users,
    pairs_scored: tally.scored,
    scores_stored: tally.stored,
    more: !done,
    scoring_complete: false,
  };
  if (!done) {
    await ctx.wakeAgain({
      mode: "delta",
      scrape_run_id: runId,
      ...(after ? { after_user_id: after } : {}),
    });
    return { status: "success", records_processed: tally.stored, result };
  }
  const completed = await ctx.sql`
    update public.scrape_runs set scoring_complete = true
     where id = ${runId} and not scoring_complete returning id`;
  if (completed.length > 0) {
    result.scoring_complete = true;
    await ctx.dispatch(QUEUE_APPLICATIONS_TARGET, { scrape_run_id: runId });
    // Users left stale during the run get their full scan from the sweep.
    const [stale] = await ctx.sql`
      select 1 from public.users
       where fit_scores_stale and persona is not null and deleted_at is null limit 1`;
    if (stale) await ctx.dispatch("agents/fit-score", { mode: "sweep" });
  }
  return { status: "success", records_processed: tally.stored, result };
}

/**
 * Scores every active job for one stale user, a page at a time, replacing the scores of jobs
 * in each page's id range (so a changed résumé drops scores that no longer apply). Returns
 * where it stopped when the budget ran out.
 */
async function fullScan(
  ctx: AgentContext,
  userId: string,
  afterJobId: string | null,
  model: FitModel,
  tally: Tally,
): Promise<{ done: boolean; after: string | null; found: boolean }> {
  const [row] = await loadFitUsers(ctx.sql, { ids: [userId], limit: 1 });
  const now = ctx.clock.now();
  if (!row) {
    // Not scorable (no persona or no parsed résumé): nothing to scan, nothing stale.
    await clearStaleFlag(ctx.sql, userId, "fit_scores_stale");
    return { done: true, after: null, found: false };
  }
  const u = compileFitUser(row);
  let after = afterJobId;
  let maxSeen: string | null = null;
  for (;;) {
    const page = await loadScanPage(ctx.sql, {
      afterId: after,
      families: [...u.families],
      limit: SCAN_PAGE,
    });
    const index = new JobIndex(page);
    const scores: ScoreRow[] = [];
    tally.scored += scoreUserAgainst(userId, u, index.all, model, scores).scored;
    tally.stored += scores.length;
    const last = page.length === SCAN_PAGE ? page[page.length - 1]!.id : null;
    await ctx.sql.begin(async (tx) => {
      await writeScores(tx, scores, model, now);
      await tx`
        delete from public.job_fit_scores
         where user_id = ${userId}
           and (${after}::uuid is null or job_id > ${after}::uuid)
           and (${last}::uuid is null or job_id <= ${last}::uuid)
           and job_id <> all(${scores.map((s) => s.job_id)}::uuid[])`;
    });
    if (last === null) break;
    after = last;
    if (ctx.remainingMs() < RESERVE_MS * 2) return { done: false, after, found: true };
  }
  const [seen] = await ctx.sql<{ at: Date | null }[]>`
    select max(first_seen_at) as at from public.jobs where is_active and jd_cleaned`;
  maxSeen = seen?.at ? seen.at.toISOString() : null;
  await clearStaleFlag(ctx.sql, userId, "fit_scores_stale", async (tx) => {
    await tx`
      insert into public.user_fit_score_cursors
        (user_id, last_job_seen_at, last_full_scan_at, model_version, updated_at)
      values (${userId}, ${maxSeen}, ${now}, ${model.version}, ${now})
      on conflict (user_id) do update
        set last_job_seen_at = excluded.last_job_seen_at,
            last_full_scan_at = excluded.last_full_scan_at,
            model_version = excluded.model_version, updated_at = excluded.updated_at`;
  });
  return { done: true, after: null, found: true };
}

async function isStale(ctx: AgentContext, userId: string): Promise<boolean> {
  const [u] = await ctx.sql<{ stale: boolean }[]>`
    select fit_scores_stale as stale from public.users where id = ${userId} and deleted_at is null`;
  return u?.stale ?? false;
}

async function fullScanMode(
  ctx: AgentContext,
  userId: string,
  afterJobId: string | undefined,
  model: FitModel,
): Promise<AgentOutcome> {
  if (!(await isStale(ctx, userId))) {
    return {
      status: "skipped",
      records_processed: 0,
      result: { mode: "full_scan", reason: "scores are fresh" },
    };
  }
  const tally: Tally = { scored: 0, stored: 0 };
  const scan = await fullScan(ctx, userId, afterJobId ?? null, model, tally);
  if (!scan.done)
    await ctx.wakeAgain({ mode: "full_scan", user_id: userId, after_job_id: scan.after });
  return {
    status: "success",
    records_processed: tally.stored,
    result: {
      mode: "full_scan",
      pairs_scored: tally.scored,
      scores_stored: tally.stored,
      more: !scan.done,
    },
  };
}

/** Finds the work whose wake-up was lost: runs cleaned but not scored, and stale users. */
async function sweep(ctx: AgentContext, model: FitModel): Promise<AgentOutcome> {
  const runs = await ctx.sql<{ id: string }[]>`
    select r.id from public.scrape_runs r
     where r.jd_clean_complete and not r.scoring_complete
       and not exists (select 1 from public.dispatch_outbox o
                        where o.target = 'agents/fit-score' and o.status in ('pending', 'running')
                          and o.payload ->> 'scrape_run_id' = r.id::text)
     order by r.created_at limit 5`;
  for (const r of runs)
    await ctx.dispatch("agents/fit-score", { mode: "delta", scrape_run_id: r.id });
  const users = await ctx.sql<{ id: string }[]>`
    select id from public.users
     where fit_scores_stale and persona is not null and deleted_at is null
     order by id limit ${SWEEP_USERS}`;
  const tally: Tally = { scored: 0, stored: 0 };
  let scanned = 0;
  let more = false;
  let attempted = 0;
  for (const { id } of users) {
    if (attempted > 0 && ctx.remainingMs() < RESERVE_MS * 2) {
      more = true;
      break;
    }
    attempted++;
    const scan = await fullScan(ctx, id, null, model, tally);
    if (!scan.done) {
      await ctx.dispatch(
        "agents/fit-score",
        { mode: "full_scan", user_id: id, after_job_id: scan.after },
        id,
      );
      continue;
    }
    scanned++;
  }
  if (more || users.length === SWEEP_USERS) await ctx.wakeAgain({ mode: "sweep" });
  return {
    status: runs.length + users.length === 0 ? "skipped" : "success",
    records_processed: tally.stored,
    result: {
      mode: "sweep",
      runs_woken: runs.length,
      users_scanned: scanned,
      pairs_scored: tally.scored,
      scores_stored: tally.stored,
      more,
    },
  };
}

/**
 * Fit scoring: `full_scan` one user against every active job, `delta` one scrape run's new
 * jobs against every user, or `sweep` for work whose wake-up was lost. Prefilter (role
 * family in SQL and by index, then seniority band, city or remote, active, not blacklisted),
 * score in memory with the weights from model_weights, store only scores at or above the
 * store threshold.
 */
export const fitScore = defineAgent({
  name: "fit-score",
  payload: Payload,
  async run(ctx, payload) {
    await ensureTaxonomy(ctx.sql);
    const model = await readFitModel(ctx.sql);
    if (payload.mode === "delta")
      return delta(ctx, payload.scrape_run_id, payload.after_user_id, model);
    if (payload.mode === "sweep") return sweep(ctx, model);
    const userId = payload.user_id ?? ctx.userId;
    if (!userId) return { status: "failed", records_processed: 0, error: "user_id is required" };
    return fullScanMode(ctx, userId, payload.after_job_id, model);
  },
});
