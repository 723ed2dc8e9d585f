import type { Sql, TransactionSql } from "../db/sql.ts";
import {
  compileJob,
  compileUser,
  loadTaxonomy,
  prefilter,
  scoreFit,
  scoreFitValue,
  SkillInterner,
  type CompiledJob,
  type CompiledUser,
  type Taxonomy,
} from "../intelligence/index.ts";
import {
  areaCities,
  fitJobFromRow,
  fitUserFromProfile,
  type FitProfile,
  type JobFitRow,
} from "./fit-inputs.ts";
import type { FitModel } from "./weights.ts";

type Db = Sql | TransactionSql;

/** One interner per process, seeded with the taxonomy so skill bitsets stay dense. */
let interner: SkillInterner | null = null;
function sharedInterner(taxonomy: Taxonomy): SkillInterner {
  interner ??= new SkillInterner(taxonomy);
  return interner;
}

export interface FitUserRow {
  id: string;
  profile: FitProfile;
  experience_years: number | null;
  expected_ctc_lpa: number | null;
  current_ctc_lpa: number | null;
  cities_preferred: string[];
  work_modes_preferred: string[];
  persona_families: string[] | null;
  target_families: (string | null)[] | null;
  target_titles: string[] | null;
  dream: string[] | null;
  blacklist: string[] | null;
}

export interface ScorableUser {
  id: string;
  compiled: CompiledUser;
}

/**
 * Users the scorer can score (persona chosen, a parsed résumé, not deleted), with everything
 * the scorer reads, in id order. `ids` narrows to those users; `afterId` pages.
 */
export async function loadFitUsers(
  sql: Db,
  options: { ids?: readonly string[]; afterId?: string | null; limit: number; notStale?: boolean },
): Promise<FitUserRow[]> {
  const ids = options.ids ? [...options.ids] : null;
  return sql<FitUserRow[]>`
    select u.id,
           jsonb_build_object(
             'skills', r.parsed -> 'skills',
             'total_experience_years', r.parsed -> 'total_experience_years',
             'seniority', r.parsed -> 'seniority',
             'city', r.parsed -> 'city',
             'expected_ctc_lpa', r.parsed -> 'expected_ctc_lpa',
             'current_title', r.parsed -> 'current_title') as profile,
           u.experience_years::float8 as experience_years,
           u.expected_ctc_lpa::float8 as expected_ctc_lpa,
           u.current_ctc_lpa::float8 as current_ctc_lpa,
           u.cities_preferred, u.work_modes_preferred,
           (select p.role_families from public.personas p
             where p.user_id = u.id and p.is_chosen) as persona_families,
           (select array_agg(t.role_family order by t.priority) from public.user_target_roles t
             where t.user_id = u.id) as target_families,
           (select array_agg(t.title order by t.priority) from public.user_target_roles t
             where t.user_id = u.id) as target_titles,
           (select array_agg(c.company_canonical) from public.user_company_prefs c
             where c.user_id = u.id and c.kind = 'dream') as dream,
           (select array_agg(c.company_canonical) from public.user_company_prefs c
             where c.user_id = u.id and c.kind = 'blacklist') as blacklist
      from public.users u
      cross join lateral (
        select r.parsed from public.resumes r
         where r.user_id = u.id and r.parse_status = 'parsed' and r.parsed is not null
         order by r.is_primary desc, r.created_at desc
         limit 1) r
     where u.deleted_at is null and u.persona is not null
       and (${ids}::uuid[] is null or u.id = any(${ids}::uuid[]))
       and (${options.afterId ?? null}::uuid is null or u.id > ${options.afterId ?? null}::uuid)
       and (not ${options.notStale ?? false} or not u.fit_scores_stale)
     order by u.id
     limit ${options.limit}`;
}

export function compileFitUser(row: FitUserRow, taxonomy: Taxonomy = loadTaxonomy()): CompiledUser {
  const user = fitUserFromProfile(
    row.profile,
    {
      experience_years: row.experience_years,
      expected_ctc_lpa: row.expected_ctc_lpa,
      cities_preferred: row.cities_preferred,
      work_modes_preferred: row.work_modes_preferred,
      role_families: [...(row.persona_families ?? []), ...(row.target_families ?? [])],
      target_titles: row.target_titles ?? [],
      dream_companies: row.dream ?? [],
      blacklist_companies: row.blacklist ?? [],
    },
    taxonomy,
  );
  return compileUser(user, { interner: sharedInterner(taxonomy) });
}

const JOB_COLUMNS = (sql: Db) => sql`
  j.id, j.company, j.exp_min_years::float8 as exp_min_years,
  j.exp_max_years::float8 as exp_max_years, j.seniority, j.locations, j.work_mode,
  j.remote_india, j.salary_min_inr, j.salary_max_inr, j.role_family, j.is_active,
  (select array_agg(s.skill_id order by s.skill_id) from public.job_skills s
    where s.job_id = j.id and s.importance = 'required') as required,
  (select array_agg(s.skill_id order by s.skill_id) from public.job_skills s
    where s.job_id = j.id and s.importance = 'nice_to_have') as nice`;

/** Every cleaned, active job a scrape run found first. */
export async function loadRunJobs(sql: Db, runId: string): Promise<JobFitRow[]> {
  return sql<JobFitRow[]>`
    select ${JOB_COLUMNS(sql)} from public.jobs j
     where j.first_run_id = ${runId} and j.jd_cleaned and j.is_active
     order by j.id`;
}

/** A page of active, cleaned jobs in id order, narrowed in SQL to the user's role families. */
export async function loadScanPage(
  sql: Db,
  options: { afterId: string | null; families: readonly string[]; limit: number },
): Promise<JobFitRow[]> {
  const fams = options.families.length ? [...options.families] : null;
  return sql<JobFitRow[]>`
    select ${JOB_COLUMNS(sql)} from public.jobs j
     where j.is_active and j.jd_cleaned
       and (${options.afterId}::uuid is null or j.id > ${options.afterId}::uuid)
       and (${fams}::text[] is null or j.role_family is null or j.role_family = any(${fams}::text[]))
     order by j.id
     limit ${options.limit}`;
}

interface FamilyBucket {
  byCity: Map<string, CompiledJob[]>;
  /** Remote roles open across India (reachable from anywhere by users open to remote). */
  remote: CompiledJob[];
  /** Jobs that name no city: the prefilter lets them through. */
  noCity: CompiledJob[];
}

/**
 * Compiled jobs indexed by role family, then city: a user only ever looks at jobs in their
 * families and within reach (their areas, their preferred cities, remote, no city). The
 * engine's prefilter then decides on exactly these candidates, which are a superset of the
 * jobs it would pass, so the index changes speed, never results.
 */
export class JobIndex {
  readonly all: CompiledJob[];
  private readonly families = new Map<string | null, FamilyBucket>();
  private readonly slot = new Map<CompiledJob, number>();
  private readonly stamp: Uint32Array;
  private serial = 0;

  constructor(rows: readonly JobFitRow[], taxonomy: Taxonomy = loadTaxonomy()) {
    const intern = sharedInterner(taxonomy);
    this.all = rows.map((r) => compileJob(fitJobFromRow(r), { interner: intern }));
    this.stamp = new Uint32Array(this.all.length);
    this.all.forEach((j, i) => {
      this.slot.set(j, i);
      let b = this.families.get(j.family);
      if (!b) {
        b = { byCity: new Map(), remote: [], noCity: [] };
        this.families.set(j.family, b);
      }
      if (j.remoteIndia) b.remote.push(j);
      if (j.cities.length === 0) b.noCity.push(j);
      for (const c of j.cities) {
        const list = b.byCity.get(c);
        if (list) list.push(j);
        else b.byCity.set(c, [j]);
      }
    });
  }

  /** Jobs in the user's families (and with no family) within the user's reach, each once. */
  candidates(u: CompiledUser): CompiledJob[] {
    const out: CompiledJob[] = [];
    const mark = ++this.serial;
    const reach = areaCities([...(u.home ? [u.home] : []), ...u.willing]);
    const take = (list: readonly CompiledJob[] | undefined) => {
      if (!list) return;
      for (const j of list) {
        const k = this.slot.get(j) as number;
        if (this.stamp[k] !== mark) {
          this.stamp[k] = mark;
          out.push(j);
        }
      }
    };
    const visit = (b: FamilyBucket | undefined) => {
      if (!b) return;
      if (u.openRemote) take(b.remote);
      take(b.noCity);
      for (const c of reach) take(b.byCity.get(c));
    };
    if (u.families.size === 0) for (const b of this.families.values()) visit(b);
    else {
      for (const f of u.families) visit(this.families.get(f));
      visit(this.families.get(null));
    }
    return out;
  }
}

export interface ScoreRow {
  user_id: string;
  job_id: string;
  score: number;
  label: string | null;
  recommendation: string;
  components: Record<string, number>;
  matched: string[];
  missing: string[];
  reasons: string[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Prefilter, then score in memory; only pairs at or above the store threshold are explained
 * (matched/missing skills and reasons) and returned. `pairs` counts what was scored.
 */
export function scoreUserAgainst(
  userId: string,
  u: CompiledUser,
  jobs: Iterable<CompiledJob>,
  model: FitModel,
  out: ScoreRow[],
): { candidates: number; scored: number } {
  let candidates = 0;
  let scored = 0;
  const store = model.weights.thresholds.store;
  for (const j of jobs) {
    candidates++;
    if (!prefilter(u, j)) continue;
    scored++;
    if (scoreFitValue(u, j, model.weights) < store) continue;
    const r = scoreFit(u, j, model.weights);
    if (r.excluded || r.score < store) continue;
    const c = r.components;
    out.push({
      user_id: userId,
      job_id: j.source.id as string,
      score: r.score,
      label: r.label,
      recommendation: r.recommendation,
      components: {
        skills: round3(c.skills),
        experience: round3(c.experience),
        seniority: round3(c.seniority),
        location: round3(c.location),
        salary: round3(c.salary),
        demand: round3(c.demand),
        company: round3(c.company),
      },
      matched: r.matched_skills,
      missing: r.missing_skills,
      reasons: r.reasons,
    });
  }
  return { candidates, scored };
}

const US = "\u001f";

/**
 * Upserts scores in one statement per call: one array parameter per column, unnested in SQL
 * (skill ids and reasons travel as delimited strings: Postgres has no ragged arrays). A row
 * that would not change is not touched, so re-scoring is a no-op.
 */
export async function writeScores(
  sql: Db,
  rows: readonly ScoreRow[],
  model: FitModel,
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const expires = new Date(now.getTime() + 30 * 86_400_000);
  const n = rows.length;
  const users = new Array<string>(n);
  const jobs = new Array<string>(n);
  const score = new Array<number>(n);
  const label = new Array<string | null>(n);
  const rec = new Array<string>(n);
  const comp = new Array<string>(n);
  const matched = new Array<string>(n);
  const missing = new Array<string>(n);
  const reasons = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i] as ScoreRow;
    users[i] = r.user_id;
    jobs[i] = r.job_id;
    score[i] = r.score;
    label[i] = r.label;
    rec[i] = r.recommendation;
    comp[i] = JSON.stringify(r.components);
    matched[i] = r.matched.join(US);
    missing[i] = r.missing.join(US);
    reasons[i] = r.reasons.join(US);
  }
  const result = await sql`
    insert into public.job_fit_scores as f
      (user_id, job_id, score, label, recommendation, components, matched_skills,
       missing_skills, reasons, model_version, computed_at, expires_at)
    select x.user_id, x.job_id, x.score, x.label, x.recommendation, x.components::jsonb,
           case when x.matched = '' then '{}' else string_to_array(x.matched, chr(31)) end,
           case when x.missing = '' then '{}' else string_to_array(x.missing, chr(31)) end,
           case when x.reasons = '' then '{}' else string_to_array(x.reasons, chr(31)) end,
           ${model.version}, ${now}, ${expires}
      from unnest(${users}::uuid[], ${jobs}::uuid[], ${score}::smallint[], ${label}::text[],
                  ${rec}::text[], ${comp}::text[], ${matched}::text[], ${missing}::text[],
                  ${reasons}::text[])
        as x(user_id, job_id, score, label, recommendation, components, matched, missing, reasons)
    on conflict (user_id, job_id) do update
      set score = excluded.score, label = excluded.label,
          recommendation = excluded.recommendation, components = excluded.components,
          matched_skills = excluded.matched_skills, missing_skills = excluded.missing_skills,
          reasons = excluded.reasons, model_version = excluded.model_version,
          computed_at = excluded.computed_at, expires_at = excluded.expires_at
     where (f.score, f.label, f.recommendation, f.components, f.matched_skills,
            f.missing_skills, f.reasons, f.model_version)
           is distinct from
           (excluded.score, excluded.label, excluded.recommendation, excluded.components,
            excluded.matched_skills, excluded.missing_skills, excluded.reasons,
            excluded.model_version)`;
  return result.count;
}
