import { z } from "zod";
import { cleanJd, loadTaxonomy, type CleanJd } from "../../../shared/intelligence/index.ts";
import { ensureTaxonomy } from "../../../shared/intelligence-db/index.ts";
import { defineAgent, type AgentContext } from "../agent-contract.ts";

/** Jobs per claim; a call keeps claiming while its budget lasts. */
const BATCH = 100;
/** Stop claiming when less than this is left of the call's budget. */
const RESERVE_MS = 350;
const STORAGE_READS_AT_ONCE = 16;

interface RawJob {
  id: string;
  title: string;
  company: string;
  city: string | null;
  locations: string[];
  jd_path: string | null;
  jd_text: string | null;
  seniority: string | null;
  work_mode: string | null;
  employment_type: string | null;
}

const clampYears = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.min(60, Math.max(0, x));
const clampInr = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? null
    : Math.min(2e9, Math.max(0, Math.round(x)));

function ordered(a: number | null, b: number | null): [number | null, number | null] {
  return a !== null && b !== null && a > b ? [b, a] : [a, b];
}

/** The posting's own words: the stored HTML when discovery saved one, else its text. */
async function rawPosting(
  ctx: AgentContext,
  job: RawJob,
): Promise<{ html?: string; text?: string }> {
  if (job.jd_path) {
    const bytes = await ctx.storage.get(job.jd_path);
    if (bytes) {
      const body = new TextDecoder().decode(bytes);
      return /<[a-z][\s\S]*>/i.test(body) ? { html: body } : { text: body };
    }
  }
  return { text: job.jd_text ?? "" };
}

function row(job: RawJob, c: CleanJd) {
  const [expMin, expMax] = ordered(clampYears(c.experience?.min), clampYears(c.experience?.max));
  const [salMin, salMax] = ordered(clampInr(c.salary_inr?.min), clampInr(c.salary_inr?.max));
  return {
    id: job.id,
    jd_text: c.text,
    jd_sections: c.sections,
    role_family: c.role_family,
    seniority: c.seniority ?? job.seniority,
    work_mode: c.work_mode ?? job.work_mode,
    employment_type: c.employment_type ?? job.employment_type,
    salary_min_inr: salMin,
    salary_max_inr: salMax,
    exp_min_years: expMin,
    exp_max_years: expMax,
    locations: c.locations,
    city: job.city,
    remote_india: c.remote_india,
  };
}

/** Cleans one claimed batch; returns how many jobs it cleaned (0 when none were left). */
async function cleanBatch(ctx: AgentContext, runId: string | undefined): Promise<number> {
  const taxonomy = loadTaxonomy();
  return ctx.sql.begin(async (tx) => {
    const jobs = await tx<RawJob[]>`
      select id, title, company, city, locations, jd_path, jd_text, seniority, work_mode,
             employment_type
        from public.jobs
       where not jd_cleaned and (${runId ?? null}::uuid is null or first_run_id = ${runId ?? null}::uuid)
       order by first_seen_at, id
       limit ${BATCH}
       for update skip locked`;
    if (jobs.length === 0) return 0;
    const rows: ReturnType<typeof row>[] = [];
    const skills: { job_id: string; skill_id: string; importance: string }[] = [];
    for (let i = 0; i < jobs.length; i += STORAGE_READS_AT_ONCE) {
      const slice = jobs.slice(i, i + STORAGE_READS_AT_ONCE);
      const postings = await Promise.all(slice.map((j) => rawPosting(ctx, j)));
      slice.forEach((job, k) => {
        const input = {
          title: job.title,
          company: job.company,
          location: [job.city ?? "", ...job.locations].join("\n"),
        };
        let clean: CleanJd;
        try {
          clean = cleanJd({ ...postings[k], ...input }, taxonomy);
        } catch (err) {
          // One malformed posting must not hold its whole run back: keep what the title says.
          ctx.logger.warn("jd-clean: posting could not be cleaned", {
            job_id: job.id,
            reason: err instanceof Error ? err.message : String(err),
          });
          clean = cleanJd({ text: "", ...input }, taxonomy);
        }
        rows.push(row(job, clean));
        for (const id of clean.skills.required)
          skills.push({ job_id: job.id, skill_id: id, importance: "required" });
        for (const id of clean.skills.nice_to_have)
          skills.push({ job_id: job.id, skill_id: id, importance: "nice_to_have" });
      });
    }
    await tx`
      update public.jobs j set
        jd_text = x.jd_text, jd_sections = x.jd_sections, role_family = x.role_family,
        seniority = x.seniority, work_mode = x.work_mode, employment_type = x.employment_type,
        salary_min_inr = x.salary_min_inr, salary_max_inr = x.salary_max_inr,
        exp_min_years = x.exp_min_years, exp_max_years = x.exp_max_years,
        locations = x.locations, city = coalesce(j.city, x.locations[1]),
        remote_india = x.remote_india, jd_cleaned = true
      from json_to_recordset(${tx.json(rows as never)}::json) as x(
        id uuid, jd_text text, jd_sections jsonb, role_family text, seniority text,
        work_mode text, employment_type text, salary_min_inr integer, salary_max_inr integer,
        exp_min_years numeric, exp_max_years numeric, locations text[], city text,
        remote_india boolean)
      where j.id = x.id`;
    await tx`delete from public.job_skills where job_id = any(${jobs.map((j) => j.id)}::uuid[])`;
    if (skills.length > 0) {
      await tx`
        insert into public.job_skills (job_id, skill_id, importance)
        select job_id, skill_id, importance
          from json_to_recordset(${tx.json(skills as never)}::json)
            as s(job_id uuid, skill_id text, importance text)
        on conflict do nothing`;
    }
    return jobs.length;
  });
}

/**
 * Marks runs whose jobs are all clean (and whose scrape has finished) `jd_clean_complete`,
 * and wakes the delta fit scoring for each, exactly once (the UPDATE … RETURNING decides).
 */
async function completeRuns(ctx: AgentContext, runId: string | undefined): Promise<string[]> {
  const done = await ctx.sql<{ id: string }[]>`
    update public.scrape_runs r set jd_clean_complete = true
     where not r.jd_clean_complete and r.status in ('done', 'dead')
       and (${runId ?? null}::uuid is null or r.id = ${runId ?? null}::uuid)
       and not exists (select 1 from public.jobs j where j.first_run_id = r.id and not j.jd_cleaned)
    returning r.id`;
  for (const r of done)
    await ctx.dispatch("agents/fit-score", { mode: "delta", scrape_run_id: r.id });
  return done.map((r) => r.id);
}

/**
 * Cleans every job with `jd_cleaned = false` (one run's, or all): text and sections, skills
 * (required vs nice-to-have), role family, seniority, work mode, employment type, salary
 * (INR/year), experience, canonical locations, remote-India. Bounded batches; a call that
 * runs out of budget wakes itself again.
 */
export const jdClean = defineAgent({
  name: "jd-clean",
  payload: z.object({ scrape_run_id: z.uuid().optional() }),
  async run(ctx, { scrape_run_id }) {
    await ensureTaxonomy(ctx.sql);
    let cleaned = 0;
    let more = true;
    // At least one batch per call, so even a starved call makes progress.
    do {
      const n = await cleanBatch(ctx, scrape_run_id);
      cleaned += n;
      if (n < BATCH) {
        more = false;
        break;
      }
    } while (ctx.remainingMs() > RESERVE_MS);
    if (more) {
      await ctx.wakeAgain(scrape_run_id ? { scrape_run_id } : {});
      return {
        status: "success",
        records_processed: cleaned,
        result: { cleaned, more: true, completed_runs: [] },
      };
    }
    const completed = await completeRuns(ctx, scrape_run_id);
    return {
      status: cleaned === 0 && completed.length === 0 ? "skipped" : "success",
      records_processed: cleaned,
      result: { cleaned, more: false, completed_runs: completed },
    };
  },
});
