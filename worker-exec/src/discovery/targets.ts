/**
 * What a run scrapes: every active company of `ats_companies` on its ATS, every active
 * user's target roles × preferred cities on the keyword boards, and the baseline searches.
 * The plan is computed once, when a run is first claimed, and kept on `scrape_runs.targets`
 * so a worker that resumes the run works through exactly the same list.
 */
import { z } from "zod";
import type { Sql } from "../../../shared/db/sql.ts";
import { cityName, parseLocation } from "../../../shared/intelligence/normalise/index.ts";
import { SourceNameSchema, type SourceName } from "../scrape/raw-job.ts";
import { SOURCES } from "../scrape/sources/index.ts";

export const DiscoveryTargetSchema = z.object({
  source: SourceNameSchema,
  /** Stable within a source: the company slug, or "<query>|<location>". */
  key: z.string().min(1),
  company: z.string().optional(),
  query: z.string().optional(),
  location: z.string().optional(),
  limit: z.number().int().positive().optional(),
  /** Why the target is in the plan: "company", "user" (how many users want it) or "baseline". */
  origin: z.enum(["company", "user", "baseline"]),
  users: z.number().int().optional(),
});
export type DiscoveryTarget = z.infer<typeof DiscoveryTargetSchema>;

export const DiscoveryPlanSchema = z.array(DiscoveryTargetSchema);

/** Boards that users' target roles are searched on (Internshala takes categories). */
const USER_BOARDS: readonly SourceName[] = ["linkedin", "naukri"];

export interface PlanOptions {
  sources: readonly SourceName[];
  /** Postings per keyword search at most (per-row max_jobs overrides it for baselines). */
  boardTargetLimit: number;
  /** Distinct (role, city) searches from users at most, the most wanted first. */
  maxUserSearches: number;
}

const normaliseQuery = (q: string) => q.toLowerCase().replace(/\s+/g, " ").trim();

/** "Bangalore" and "Bengaluru, Karnataka" are one search; unknown places pass as written. */
function normaliseCity(raw: string): string {
  const id = parseLocation(raw).cities[0];
  return (id ? cityName(id) : null) ?? raw.replace(/\s+/g, " ").trim();
}

export const boardKey = (query: string, location: string) =>
  `${normaliseQuery(query)}|${location.toLowerCase()}`;

export async function buildPlan(sql: Sql, options: PlanOptions): Promise<DiscoveryTarget[]> {
  const enabled = new Set(options.sources);
  const plan = new Map<string, DiscoveryTarget>();
  const add = (t: DiscoveryTarget) => {
    const id = `${t.source}\u0000${t.key}`;
    const held = plan.get(id);
    if (!held) plan.set(id, t);
    else if (held.limit !== undefined && (t.limit === undefined || t.limit > held.limit))
      held.limit = t.limit;
  };

  const companies = await sql<{ ats: SourceName; slug: string }[]>`
    select ats, slug from public.ats_companies
     where is_active and ats = any(${[...enabled]}::text[])
     order by ats, slug`;
  for (const c of companies) {
    add({ source: c.ats, key: c.slug, company: c.slug, origin: "company" });
  }

  const wanted = await sql<{ user_id: string; title: string; cities: string[] }[]>`
    select r.user_id, r.title, u.cities_preferred as cities
      from public.user_target_roles r
      join public.users u on u.id = r.user_id
     where u.onboarding_completed and u.deleted_at is null`;
  const searches = new Map<string, { query: string; location: string; users: Set<string> }>();
  for (const w of wanted) {
    const query = normaliseQuery(w.title);
    const cities = w.cities.length > 0 ? w.cities.map(normaliseCity) : ["India"];
    for (const location of new Set(cities)) {
      const key = boardKey(query, location);
      const s = searches.get(key) ?? { query, location, users: new Set<string>() };
      s.users.add(w.user_id);
      searches.set(key, s);
    }
  }
  const popular = [...searches.entries()]
    .sort(([ka, a], [kb, b]) => b.users.size - a.users.size || (ka < kb ? -1 : 1))
    .slice(0, options.maxUserSearches);
  for (const board of USER_BOARDS) {
    if (!enabled.has(board)) continue;
    for (const [key, s] of popular) {
      add({
        source: board,
        key,
        query: s.query,
        location: s.location,
        limit: options.boardTargetLimit,
        origin: "user",
        users: s.users.size,
      });
    }
  }

  const baseline = await sql<
    { source: SourceName; query: string; location: string; max_jobs: number | null }[]
  >`
    select source, query, location, max_jobs from public.discovery_baseline_targets
     where is_active and source = any(${[...enabled]}::text[])
     order by source, query, location`;
  for (const b of baseline) {
    add({
      source: b.source,
      key: boardKey(b.query, b.location),
      query: b.query,
      location: b.location,
      limit: b.max_jobs ?? options.boardTargetLimit,
      origin: "baseline",
    });
  }

  // Only targets an adapter can take (a company for ATS feeds, a query for boards).
  return [...plan.values()].filter((t) =>
    SOURCES[t.source].needs === "company" ? t.company !== undefined : t.query !== undefined,
  );
}
