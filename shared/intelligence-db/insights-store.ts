import type { Sql } from "../db/sql.ts";
import { loadTaxonomy, type Taxonomy } from "../intelligence/index.ts";
import { areaCities, fitUserFromProfile } from "./fit-inputs.ts";
import { loadFitUsers, type FitUserRow } from "./fit-store.ts";

/** What the skill-gap and career agents know about a user. */
export interface InsightUser {
  id: string;
  skillIds: string[];
  families: string[];
  /** Home and preferred cities with their areas; empty = anywhere. */
  cities: string[];
  home: string | null;
  years: number | null;
  currentCtcInr: number | null;
  targetTitle: string | null;
  openToRemote: boolean;
}

export function insightUser(row: FitUserRow, taxonomy: Taxonomy = loadTaxonomy()): InsightUser {
  const fit = fitUserFromProfile(
    row.profile,
    {
      experience_years: row.experience_years,
      expected_ctc_lpa: row.expected_ctc_lpa,
      cities_preferred: row.cities_preferred,
      work_modes_preferred: row.work_modes_preferred,
      role_families: [...(row.persona_families ?? []), ...(row.target_families ?? [])],
      target_titles: row.target_titles ?? [],
    },
    taxonomy,
  );
  const own = [fit.city, ...(fit.willing_cities ?? [])].filter((c): c is string => !!c);
  return {
    id: row.id,
    skillIds: [...fit.skill_ids],
    families: [...(fit.role_families ?? [])],
    cities: areaCities(own),
    home: fit.city,
    years: fit.years,
    currentCtcInr: row.current_ctc_lpa ? Math.round(row.current_ctc_lpa * 100_000) : null,
    targetTitle: row.target_titles?.[0] ?? row.profile.current_title ?? null,
    openToRemote: fit.open_to_remote ?? true,
  };
}

export async function loadInsightUser(sql: Sql, userId: string): Promise<InsightUser | null> {
  const [row] = await loadFitUsers(sql, { ids: [userId], limit: 1 });
  return row ? insightUser(row) : null;
}

/** How many active jobs in the user's families and reachable places ask for each skill. */
export async function skillDemand(sql: Sql, user: InsightUser): Promise<Map<string, number>> {
  const fams = user.families.length ? user.families : null;
  const cities = user.cities.length ? user.cities : null;
  const rows = await sql<{ skill_id: string; n: number }[]>`
    select s.skill_id, count(*)::int as n
      from public.jobs j join public.job_skills s on s.job_id = j.id
     where j.is_active and j.jd_cleaned
       and (${fams}::text[] is null or j.role_family = any(${fams}::text[]))
       and (${cities}::text[] is null or j.locations && ${cities}::text[]
            or cardinality(j.locations) = 0 or (j.remote_india and ${user.openToRemote}))
     group by s.skill_id`;
  return new Map(rows.map((r) => [r.skill_id, r.n]));
}

/** Share of the most-demanded skills (weighted by demand) the user has, 0–1; null = no data. */
export function demandCoverage(
  have: readonly string[],
  demand: ReadonlyMap<string, number>,
  top = 20,
): number | null {
  const ranked = [...demand].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
  const total = ranked.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const mine = new Set(have);
  return ranked.reduce((s, [id, n]) => s + (mine.has(id) ? n : 0), 0) / total;
}

/** Users whose flag is set and who can be analysed (persona chosen), in id order. */
export async function staleUsers(
  sql: Sql,
  flag: "skill_gap_stale" | "career_intel_stale",
  limit: number,
): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select id from public.users
     where ${sql(flag)} and persona is not null and deleted_at is null
     order by id limit ${limit}`;
  return rows.map((r) => r.id);
}

export async function isFlagSet(
  sql: Sql,
  userId: string,
  flag: "skill_gap_stale" | "career_intel_stale",
): Promise<boolean> {
  const [row] = await sql<{ v: boolean }[]>`
    select ${sql(flag)} as v from public.users where id = ${userId} and deleted_at is null`;
  return row?.v ?? false;
}
