import {
  careerScore,
  cityName,
  loadTaxonomy,
  percentileRank,
  salaryBands,
  type SalaryBands,
} from "../../../shared/intelligence/index.ts";
import {
  clearStaleFlag,
  demandCoverage,
  ensureTaxonomy,
  skillDemand,
  type InsightUser,
} from "../../../shared/intelligence-db/index.ts";
import type { TransactionSql } from "../../../shared/db/sql.ts";
import { defineAgent, type AgentContext } from "../agent-contract.ts";
import { PerUserPayload, runPerUser } from "./per-user-sweep.ts";

export const CAREER_MODEL = "career-intel-1";
const DAY = 86_400_000;
/** Fewer salaries than this in a city band: fall back to all of India. */
const MIN_SAMPLE = 5;

export type ExpBand = "0-2" | "3-5" | "6-9" | "10+";
export function expBand(years: number | null): ExpBand | null {
  if (years === null || !Number.isFinite(years)) return null;
  return years < 3 ? "0-2" : years < 6 ? "3-5" : years < 10 ? "6-9" : "10+";
}

interface SalaryObs {
  role_family: string;
  city: string;
  exp_min: number | null;
  salary: number;
}

type BandKey = `${string}|${string}|${string}`;

/** p25/p50/p75/p90 per role family × city (and 'all') × experience band (and 'all'). */
function bandsOf(obs: SalaryObs[]): Map<BandKey, SalaryBands> {
  const groups = new Map<BandKey, number[]>();
  const add = (k: BandKey, v: number) => {
    const list = groups.get(k);
    if (list) list.push(v);
    else groups.set(k, [v]);
  };
  for (const o of obs) {
    const band = expBand(o.exp_min);
    for (const city of [o.city, "all"]) {
      add(`${o.role_family}|${city}|all`, o.salary);
      if (band) add(`${o.role_family}|${city}|${band}`, o.salary);
    }
  }
  const out = new Map<BandKey, SalaryBands>();
  for (const [k, values] of groups) {
    const b = salaryBands(values);
    if (b) out.set(k, b);
  }
  return out;
}

async function storeBenchmarks(tx: TransactionSql, bands: Map<BandKey, SalaryBands>, now: Date) {
  const rows = [...bands].map(([k, b]) => {
    const [role_family, city, exp_band] = k.split("|") as [string, string, string];
    return {
      role_family,
      city,
      exp_band,
      p25: b.p25,
      p50: b.p50,
      p75: b.p75,
      p90: b.p90,
      n: b.count,
    };
  });
  if (rows.length === 0) return;
  await tx`
    insert into public.salary_benchmarks as b
      (role_family, city, seniority, exp_band, p25_inr, p50_inr, p75_inr, p90_inr, sample_size,
       computed_at)
    select x.role_family, x.city, 'all', x.exp_band, x.p25, x.p50, x.p75, x.p90, x.n, ${now}
      from json_to_recordset(${tx.json(rows as never)}::json) as x(
        role_family text, city text, exp_band text, p25 integer, p50 integer, p75 integer,
        p90 integer, n integer)
    on conflict (role_family, city, seniority, exp_band) do update
      set p25_inr = excluded.p25_inr, p50_inr = excluded.p50_inr, p75_inr = excluded.p75_inr,
          p90_inr = excluded.p90_inr, sample_size = excluded.sample_size,
          computed_at = excluded.computed_at
     where (b.p25_inr, b.p50_inr, b.p75_inr, b.p90_inr, b.sample_size)
           is distinct from
           (excluded.p25_inr, excluded.p50_inr, excluded.p75_inr, excluded.p90_inr,
            excluded.sample_size)`;
}

const lpa = (inr: number) => `₹${Math.round(inr / 1e4) / 10} LPA`;

async function analyse(ctx: AgentContext, user: InsightUser) {
  const taxonomy = loadTaxonomy();
  const now = ctx.clock.now();
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const twoWeeksAgo = new Date(now.getTime() - 14 * DAY);
  const monthAgo = new Date(now.getTime() - 30 * DAY);
  const fams = user.families.length ? user.families : null;
  const cities = user.cities.length ? user.cities : null;
  const primary = user.families[0] ?? null;

  const obs = await ctx.sql<SalaryObs[]>`
    select j.role_family, coalesce(j.locations[1], 'unknown') as city,
           j.exp_min_years::float8 as exp_min,
           ((coalesce(j.salary_min_inr, j.salary_max_inr)::bigint
             + coalesce(j.salary_max_inr, j.salary_min_inr)::bigint) / 2)::float8 as salary
      from public.jobs j
     where j.is_active and j.jd_cleaned and j.role_family is not null
       and (${fams}::text[] is null or j.role_family = any(${fams}::text[]))
       and (j.salary_min_inr > 0 or j.salary_max_inr > 0)`;
  const bands = bandsOf(obs);
  const band = expBand(user.years);
  const pickBand = (): { key: BandKey; bands: SalaryBands } | null => {
    if (!primary) return null;
    const keys: BandKey[] = [];
    for (const c of [user.home, "all"]) {
      if (!c) continue;
      if (band) keys.push(`${primary}|${c}|${band}`);
      keys.push(`${primary}|${c}|all`);
    }
    for (const k of keys) {
      const b = bands.get(k);
      if (b && b.count >= MIN_SAMPLE) return { key: k, bands: b };
    }
    const any = keys.map((k) => bands.get(k)).find((b) => b);
    return any ? { key: keys.find((k) => bands.get(k) === any)!, bands: any } : null;
  };
  const mine = pickBand();
  const [, peerCity, peerBand] = (mine?.key.split("|") ?? []) as [string?, string?, string?];
  const peers = obs
    .filter(
      (o) =>
        o.role_family === primary &&
        (peerCity === "all" || o.city === peerCity) &&
        (peerBand === "all" || expBand(o.exp_min) === peerBand),
    )
    .map((o) => o.salary);
  const salaryKnown = user.currentCtcInr !== null && peers.length > 0;
  const salaryPct = salaryKnown ? percentileRank(user.currentCtcInr as number, peers) : null;

  const [weekly] = await ctx.sql<{ this_week: number; last_week: number; asks: number | null }[]>`
    select count(*) filter (where j.first_seen_at >= ${weekAgo})::int as this_week,
           count(*) filter (where j.first_seen_at >= ${twoWeeksAgo} and j.first_seen_at < ${weekAgo})::int as last_week,
           percentile_cont(0.5) within group (order by j.exp_min_years)::float8 as asks
      from public.jobs j
     where j.jd_cleaned and j.first_seen_at >= ${twoWeeksAgo}
       and (${fams}::text[] is null or j.role_family = any(${fams}::text[]))
       and (${cities}::text[] is null or j.locations && ${cities}::text[]
            or cardinality(j.locations) = 0 or j.remote_india)`;
  const families = await ctx.sql<{ role_family: string; n: number }[]>`
    select role_family, count(*)::int as n from public.jobs
     where jd_cleaned and role_family is not null and first_seen_at >= ${weekAgo}
     group by role_family`;
  const companies = await ctx.sql<{ company: string; jobs: number }[]>`
    select min(j.company) as company, count(*)::int as jobs from public.jobs j
     where j.is_active and j.jd_cleaned and j.first_seen_at >= ${monthAgo}
       and (${fams}::text[] is null or j.role_family = any(${fams}::text[]))
       and (${cities}::text[] is null or j.locations && ${cities}::text[]
            or cardinality(j.locations) = 0 or j.remote_india)
     group by j.company_canonical order by 2 desc, 1 limit 10`;
  const trending = await ctx.sql<{ skill_id: string; this_week: number; last_week: number }[]>`
    select s.skill_id,
           count(*) filter (where j.first_seen_at >= ${weekAgo})::int as this_week,
           count(*) filter (where j.first_seen_at < ${weekAgo})::int as last_week
      from public.jobs j join public.job_skills s on s.job_id = j.id
     where j.jd_cleaned and j.first_seen_at >= ${twoWeeksAgo}
       and (${fams}::text[] is null or j.role_family = any(${fams}::text[]))
     group by s.skill_id
    having count(*) filter (where j.first_seen_at >= ${weekAgo}) >= 2
     order by count(*) filter (where j.first_seen_at >= ${weekAgo})
              - count(*) filter (where j.first_seen_at < ${weekAgo}) desc, s.skill_id
     limit 10`;

  const demand = await skillDemand(ctx.sql, user);
  const coverage = demandCoverage(user.skillIds, demand);
  const thisWeek = weekly?.this_week ?? 0;
  const lastWeek = weekly?.last_week ?? 0;
  const familyCounts = families.map((f) => f.n);
  const primaryCount = families.find((f) => f.role_family === primary)?.n ?? 0;
  const asks = weekly?.asks ?? null;
  const score = careerScore({
    skills: coverage ?? 0,
    experience:
      user.years === null ? 0.5 : asks === null ? 1 : Math.min(1, user.years / Math.max(1, asks)),
    demand: familyCounts.length ? percentileRank(primaryCount, familyCounts) : 0,
    // Unknown pay sits at the median: neither rewarded nor punished.
    salaryPercentile: salaryPct ?? 0.5,
  });
  const change = lastWeek === 0 ? null : Math.round(((thisWeek - lastWeek) / lastWeek) * 100);
  const familyName = primary ? (taxonomy.familyById.get(primary)?.name ?? primary) : "your roles";
  const place = user.home ? (cityName(user.home) ?? user.home) : "India";

  const recommendations: string[] = [];
  const missing = [...demand]
    .filter(([id]) => !user.skillIds.includes(id) && taxonomy.skillById.has(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3);
  for (const [id, n] of missing) {
    recommendations.push(
      `Learn ${taxonomy.skillById.get(id)?.name ?? id}: ${n} open ${familyName} job${n === 1 ? "" : "s"} you could reach ask for it`,
    );
  }
  if (
    mine &&
    salaryPct !== null &&
    user.currentCtcInr !== null &&
    user.currentCtcInr < mine.bands.p50
  ) {
    recommendations.push(
      `Your current CTC (${lpa(user.currentCtcInr)}) is below the market median of ${lpa(mine.bands.p50)} for ${familyName}`,
    );
  }
  if (change !== null && change >= 20) {
    recommendations.push(
      `Demand for ${familyName} rose ${change}% this week: a good time to apply`,
    );
  }

  const marketPosition = {
    career_score: score.score,
    parts: {
      skills: Math.round(score.parts.skills * 10) / 10,
      experience: Math.round(score.parts.experience * 10) / 10,
      demand: Math.round(score.parts.demand * 10) / 10,
      salary: Math.round(score.parts.salary * 10) / 10,
    },
    role_family: primary,
    demand: { this_week: thisWeek, last_week: lastWeek, change_pct: change },
    top_companies: companies,
  };
  const salaryInsight = {
    role_family: primary,
    city: peerCity ?? null,
    exp_band: peerBand ?? null,
    bands: mine?.bands ?? null,
    current_ctc_inr: user.currentCtcInr,
    percentile: salaryPct === null ? null : Math.round(salaryPct * 100),
    salary_known: salaryKnown,
  };
  const trendingSkills = trending.map((t) => ({
    skill_id: t.skill_id,
    name: taxonomy.skillById.get(t.skill_id)?.name ?? t.skill_id,
    this_week: t.this_week,
    last_week: t.last_week,
  }));
  const summary =
    `Career score ${score.score}/100 for ${familyName} in ${place}. ` +
    `${thisWeek} matching job${thisWeek === 1 ? "" : "s"} this week` +
    (change === null ? "." : `, ${change >= 0 ? "up" : "down"} ${Math.abs(change)}% on last week.`);

  let written = false;
  const { dashboardReady } = await clearStaleFlag(
    ctx.sql,
    user.id,
    "career_intel_stale",
    async (tx) => {
      await storeBenchmarks(tx, bands, now);
      const rows = await tx`
      insert into public.career_intelligence
        (user_id, summary, market_position, salary_insight, trending_skills, recommendations,
         model_version, computed_at)
      select ${user.id}, ${summary}, ${tx.json(marketPosition as never)},
             ${tx.json(salaryInsight as never)}, ${tx.json(trendingSkills as never)},
             ${tx.json(recommendations as never)}, ${CAREER_MODEL}, ${now}
       where not exists (
         select 1 from (
           select * from public.career_intelligence where user_id = ${user.id}
            order by computed_at desc limit 1) last
          where last.summary is not distinct from ${summary}
            and last.market_position = ${tx.json(marketPosition as never)}
            and last.salary_insight = ${tx.json(salaryInsight as never)}
            and last.trending_skills = ${tx.json(trendingSkills as never)}
            and last.recommendations = ${tx.json(recommendations as never)}
            and last.model_version = ${CAREER_MODEL})
      returning id`;
      written = rows.length > 0;
    },
  );
  return { written, dashboardReady };
}

/**
 * Career intelligence: career score (skills 30 + experience 25 + demand 25 + salary
 * percentile 20), salary bands by role family × city × experience band from our own jobs
 * (salary_benchmarks), week-over-week demand and the top hiring companies. Clears
 * `career_intel_stale`.
 */
export const careerIntel = defineAgent({
  name: "career-intel",
  payload: PerUserPayload,
  async run(ctx, payload) {
    await ensureTaxonomy(ctx.sql);
    return runPerUser(ctx, payload, "career_intel_stale", (user) => analyse(ctx, user));
  },
});
