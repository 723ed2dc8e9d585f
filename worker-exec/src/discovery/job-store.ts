/**
 * Stores postings in batches: one multi-row upsert into `jobs` (one row per fingerprint) and
 * one into `job_sources` (one row per source + external id), in one transaction. New jobs get
 * their raw JD saved as `jds/<fingerprint>.html` first, so a stored jd_path always exists.
 * Every statement is idempotent: a batch written twice changes nothing but last_seen_at.
 */
import type { Sql } from "../../../shared/db/sql.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { easierRoute } from "./apply-route.ts";
import { Semaphore } from "../scrape/http/semaphore.ts";
import type { PreparedPosting } from "./prepared-posting.ts";

export interface JobStoreOptions {
  sql: Sql;
  storage: Storage;
  runId: string;
  /** Parallel JD uploads per batch (local disk or Supabase Storage). */
  uploadConcurrency?: number;
}

export interface BatchResult {
  /** Distinct postings (source + external id) written. */
  postings: number;
  /** Distinct jobs (fingerprints) written. */
  jobs: number;
}

export interface JobStore {
  write(batch: readonly PreparedPosting[]): Promise<BatchResult>;
}

const JOB_COLUMNS = [
  "fingerprint",
  "title",
  "title_canonical",
  "company",
  "company_canonical",
  "city",
  "locations",
  "work_mode",
  "employment_type",
  "seniority",
  "salary_min_inr",
  "salary_max_inr",
  "exp_min_years",
  "exp_max_years",
  "posted_at",
  "jd_path",
  "jd_text",
  "apply_url",
  "apply_source",
  "easy_apply",
  "first_run_id",
  "last_run_id",
] as const;

const SOURCE_COLUMNS = [
  "job_id",
  "source",
  "external_id",
  "url",
  "apply_url",
  "easy_apply",
] as const;

export const jdPath = (fingerprint: string) => `jds/${fingerprint}.html`;

interface MergedJob {
  first: PreparedPosting;
  jd: PreparedPosting | null;
  route: PreparedPosting["route"];
}

/** One entry per fingerprint (its easiest route, the first posting with a JD). */
function mergeByFingerprint(batch: readonly PreparedPosting[]): Map<string, MergedJob> {
  const jobs = new Map<string, MergedJob>();
  for (const p of batch) {
    const held = jobs.get(p.fingerprint);
    if (!held) {
      jobs.set(p.fingerprint, { first: p, jd: p.jdHtml || p.jdText ? p : null, route: p.route });
      continue;
    }
    held.route = easierRoute(held.route, p.route);
    if (!held.jd && (p.jdHtml || p.jdText)) held.jd = p;
  }
  return jobs;
}

/** The last word per (source, external id) within a batch. */
function uniquePostings(batch: readonly PreparedPosting[]): PreparedPosting[] {
  const byKey = new Map<string, PreparedPosting>();
  for (const p of batch) byKey.set(`${p.source}\u0000${p.externalId}`, p);
  return [...byKey.values()].sort((a, b) =>
    a.source === b.source
      ? a.externalId < b.externalId
        ? -1
        : a.externalId > b.externalId
          ? 1
          : 0
      : a.source < b.source
        ? -1
        : 1,
  );
}

export function createJobStore(options: JobStoreOptions): JobStore {
  const { sql, storage, runId } = options;
  const uploads = new Semaphore(options.uploadConcurrency ?? 16);

  return {
    async write(batch) {
      if (batch.length === 0) return { postings: 0, jobs: 0 };
      const merged = mergeByFingerprint(batch);
      // Sorted keys: concurrent writers lock rows in one order, so they never deadlock.
      const fingerprints = [...merged.keys()].sort();
      const known = new Map(
        (
          await sql<{ fingerprint: string; has_jd: boolean }[]>`
            select fingerprint, jd_path is not null as has_jd from public.jobs
             where fingerprint = any(${fingerprints}::text[])`
        ).map((r) => [r.fingerprint, r.has_jd]),
      );

      const needsJd = fingerprints.filter((fp) => !known.get(fp) && merged.get(fp)?.jd?.jdHtml);
      await Promise.all(
        needsJd.map((fp) =>
          uploads.run(() =>
            storage.put(jdPath(fp), merged.get(fp)!.jd!.jdHtml!, {
              contentType: "text/html; charset=utf-8",
            }),
          ),
        ),
      );
      const saved = new Set(needsJd);

      const jobRows = fingerprints.map((fp) => {
        const m = merged.get(fp)!;
        const j = m.first.job;
        const isKnown = known.has(fp);
        return {
          fingerprint: fp,
          title: j.title,
          title_canonical: j.title_canonical,
          company: j.company,
          company_canonical: j.company_canonical,
          city: j.city,
          locations: j.locations,
          work_mode: j.work_mode,
          employment_type: j.employment_type,
          seniority: j.seniority,
          salary_min_inr: j.salary_min_inr,
          salary_max_inr: j.salary_max_inr,
          exp_min_years: j.exp_min_years,
          exp_max_years: j.exp_max_years,
          posted_at: j.posted_at,
          jd_path: saved.has(fp) ? jdPath(fp) : null,
          // A job we already hold keeps its text; sending it again would only cost bandwidth.
          jd_text: isKnown && known.get(fp) ? null : (m.jd?.jdText ?? null),
          apply_url: m.route.url,
          apply_source: m.route.source,
          easy_apply: m.route.easyApply,
          first_run_id: runId,
          last_run_id: runId,
        };
      });
      const postings = uniquePostings(batch);

      await sql.begin(async (tx) => {
        const ids = await tx<{ id: string; fingerprint: string }[]>`
          insert into public.jobs ${tx(jobRows, ...JOB_COLUMNS)}
          on conflict (fingerprint) do update set
            last_seen_at = now(),
            last_run_id = excluded.last_run_id,
            is_active = true,
            posted_at = coalesce(jobs.posted_at, excluded.posted_at),
            jd_path = coalesce(jobs.jd_path, excluded.jd_path),
            jd_text = coalesce(jobs.jd_text, excluded.jd_text),
            locations = case when cardinality(jobs.locations) = 0 then excluded.locations
                             else jobs.locations end,
            work_mode = coalesce(jobs.work_mode, excluded.work_mode),
            salary_min_inr = case when jobs.salary_min_inr is null and jobs.salary_max_inr is null
                                  then excluded.salary_min_inr else jobs.salary_min_inr end,
            salary_max_inr = case when jobs.salary_min_inr is null and jobs.salary_max_inr is null
                                  then excluded.salary_max_inr else jobs.salary_max_inr end,
            exp_min_years = case when jobs.exp_min_years is null and jobs.exp_max_years is null
                                 then excluded.exp_min_years else jobs.exp_min_years end,
            exp_max_years = case when jobs.exp_min_years is null and jobs.exp_max_years is null
                                 then excluded.exp_max_years else jobs.exp_max_years end,
            (apply_url, apply_source, easy_apply) = (
              select case when take then excluded.apply_url else jobs.apply_url end,
                     case when take then excluded.apply_source else jobs.apply_source end,
                     case when take then excluded.easy_apply else jobs.easy_apply end
                from (select
                        app.apply_route_rank(excluded.apply_source, excluded.easy_apply,
                                             excluded.apply_url)
                          > app.apply_route_rank(jobs.apply_source, jobs.easy_apply,
                                                 jobs.apply_url)
                        or (excluded.apply_source = jobs.apply_source
                            and app.apply_route_rank(excluded.apply_source, excluded.easy_apply,
                                                     excluded.apply_url)
                              = app.apply_route_rank(jobs.apply_source, jobs.easy_apply,
                                                     jobs.apply_url)) as take) as pick)
          returning id, fingerprint`;
        const idOf = new Map(ids.map((r) => [r.fingerprint, r.id]));
        const sourceRows = postings.map((p) => ({
          job_id: idOf.get(p.fingerprint)!,
          source: p.source,
          external_id: p.externalId,
          url: p.url,
          apply_url: p.applyUrl,
          easy_apply: p.easyApply,
        }));
        await tx`
          insert into public.job_sources ${tx(sourceRows, ...SOURCE_COLUMNS)}
          on conflict (source, external_id) do update set
            job_id = excluded.job_id,
            url = excluded.url,
            apply_url = excluded.apply_url,
            easy_apply = excluded.easy_apply,
            last_seen_at = now()`;
      });
      return { postings: postings.length, jobs: fingerprints.length };
    },
  };
}
