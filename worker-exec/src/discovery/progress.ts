/**
 * scrape_run_progress: one row per (run, source, target). A target is `running` while a
 * worker works on it, then `done`, `failed` (its reason kept) or `skipped` (its source was
 * stopped). A resuming worker re-runs only the targets that are not finished.
 */
import type { Sql } from "../../../shared/db/sql.ts";
import { ScrapeRunProgressRow } from "../../../shared/db/schema/discovery.ts";
import type { DiscoveryTarget } from "./targets.ts";

export type FinishedState = "done" | "failed" | "skipped";

export interface TargetOutcome {
  state: FinishedState;
  postings: number;
  pages: number;
  malformed: number;
  reason?: string | null;
  message?: string | null;
  stopsSource?: boolean;
}

export async function loadProgress(sql: Sql, runId: string): Promise<ScrapeRunProgressRow[]> {
  const rows = await sql`select * from public.scrape_run_progress where run_id = ${runId}`;
  return rows.map((r) => ScrapeRunProgressRow.parse(r));
}

/** Marks a target as taken by `worker`, clearing what an earlier, interrupted try recorded. */
export async function startTarget(
  sql: Sql,
  runId: string,
  target: DiscoveryTarget,
  worker: string,
): Promise<void> {
  await sql`
    insert into public.scrape_run_progress (run_id, source, target_key, state, worker)
    values (${runId}, ${target.source}, ${target.key}, 'running', ${worker})
    on conflict (run_id, source, target_key) do update set
      state = 'running', postings = 0, pages = 0, malformed = 0, reason = null,
      message = null, stops_source = false, worker = excluded.worker, started_at = now(),
      finished_at = null`;
}

export async function finishTarget(
  sql: Sql,
  runId: string,
  target: DiscoveryTarget,
  worker: string,
  outcome: TargetOutcome,
): Promise<void> {
  await sql`
    insert into public.scrape_run_progress
      (run_id, source, target_key, state, postings, pages, malformed, reason, message,
       stops_source, worker, finished_at)
    values
      (${runId}, ${target.source}, ${target.key}, ${outcome.state}, ${outcome.postings},
       ${outcome.pages}, ${outcome.malformed}, ${outcome.reason ?? null},
       ${outcome.message?.slice(0, 1000) ?? null}, ${outcome.stopsSource ?? false}, ${worker},
       now())
    on conflict (run_id, source, target_key) do update set
      state = excluded.state, postings = excluded.postings, pages = excluded.pages,
      malformed = excluded.malformed, reason = excluded.reason, message = excluded.message,
      stops_source = excluded.stops_source, worker = excluded.worker,
      finished_at = excluded.finished_at`;
}

/** Refreshes the run's live per-source posting count from its progress rows. */
export async function refreshSourceCount(
  sql: Sql,
  runId: string,
  source: string,
  worker: string,
): Promise<void> {
  await sql`
    update public.scrape_runs r set source_counts = r.source_counts || jsonb_build_object(
      ${source}::text,
      (select coalesce(sum(postings), 0)::int from public.scrape_run_progress
        where run_id = ${runId} and source = ${source}))
     where r.id = ${runId} and r.status = 'running' and r.locked_by = ${worker}`;
}
