/**
 * After a run stores new jobs, the jd-clean agent is woken over HTTP (the agent contract:
 * POST ${FUNCTIONS_URL}/agents/jd-clean with X-Agent-Secret). The call is only a wake-up:
 * the run keeps `has_new_jobs and not jd_clean_complete`, and the sweep sends it again when
 * the last one is older than `wakeAfterMs` (ARCHITECTURE.md decision 1).
 */
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";

export interface WakeupOptions {
  functionsUrl: string;
  agentSecret: string;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export const JD_CLEAN_AGENT = "jd-clean";

/** Sends one wake-up; resolves true on a 2xx answer, false on anything else (logged). */
export async function wakeJdClean(options: WakeupOptions, runId: string): Promise<boolean> {
  const url = `${options.functionsUrl.replace(/\/+$/, "")}/agents/${JD_CLEAN_AGENT}`;
  try {
    const res = await (options.fetch ?? fetch)(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-agent-secret": options.agentSecret },
      body: JSON.stringify({ agent: JD_CLEAN_AGENT, payload: { scrape_run_id: runId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.ok) {
      options.logger.info("jd-clean woken", { run_id: runId, status: res.status });
      return true;
    }
    options.logger.warn("jd-clean wake-up refused; the sweep will retry", {
      run_id: runId,
      status: res.status,
    });
  } catch (err) {
    options.logger.warn("jd-clean wake-up failed; the sweep will retry", {
      run_id: runId,
      reason: err instanceof Error ? err.message : String(err),
    });
  }
  return false;
}

export interface SweepOptions extends WakeupOptions {
  sql: Sql;
  /** Re-send when the last wake-up is older than this. */
  wakeAfterMs: number;
  /** Runs finished longer ago than this are left alone (default 2 days). */
  maxAgeMs?: number;
  batch?: number;
}

/**
 * One sweep: takes the due runs (stamping the new wake-up time in the same statement, so
 * two workers never wake the same run twice) and wakes each. Returns how many were woken.
 */
export async function sweepJdClean(options: SweepOptions): Promise<number> {
  const due = await options.sql<{ id: string }[]>`
    with due as (
      select id from public.scrape_runs
       where status = 'done' and has_new_jobs and not jd_clean_complete
         and finished_at > now() - make_interval(secs => ${(options.maxAgeMs ?? 172_800_000) / 1000})
         and (jd_clean_woken_at is null
              or jd_clean_woken_at < now() - make_interval(secs => ${options.wakeAfterMs / 1000}))
       order by finished_at
       limit ${options.batch ?? 10}
       for update skip locked
    )
    update public.scrape_runs r
       set jd_clean_woken_at = now(), jd_clean_wakeups = r.jd_clean_wakeups + 1
      from due where r.id = due.id
    returning r.id`;
  let woken = 0;
  for (const run of due) if (await wakeJdClean(options, run.id)) woken++;
  return woken;
}
