/**
 * Delta fit scoring at scale, through the real agent and a real database:
 * 10,000 users × 20,000 new jobs (one scrape run), seeded with set-based SQL into a
 * throw-away cluster (.data/pg-bench-fit, port 54369, fsync off). The fit-score agent runs
 * in-process through runAgent with its normal 1.5 s budget, following its own wake-ups
 * until the run is `scoring_complete`.   npx tsx bench/fit-delta-bench.ts [users] [jobs]
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { AGENTS } from "../functions/agents/registry.ts";
import { runAgent } from "../functions/agents/run-agent.ts";
import { createSql, type Sql } from "../shared/db/sql.ts";
import { createLogger } from "../shared/log/logger.ts";
import { createLocalStorage } from "../shared/storage/local-storage.ts";
import { systemClock } from "../shared/time/clock.ts";
import * as fs from "node:fs/promises";
import { prepareDatabase } from "../scripts/stack/migrations.ts";
import { ROOT } from "../scripts/stack/paths.ts";
import { clusterUrl, ensureCluster, stopCluster } from "../scripts/stack/postgres-cluster.ts";
import { ensurePostgres } from "../scripts/stack/postgres-install.ts";

const USERS = Number(process.argv[2] ?? 10_000);
const JOBS = Number(process.argv[3] ?? 20_000);
const PORT = Number(process.env.TALVIX_BENCH_PG_PORT ?? 54369);
const DB = "bench_fit";

// Role families and cities weighted roughly like a night of Indian job postings.
const FAMILIES: [string, number][] = [
  ["software_engineering", 12],
  ["backend", 10],
  ["frontend", 7],
  ["mobile", 4],
  ["data_analytics", 6],
  ["data_engineering", 4],
  ["data_science_ml", 4],
  ["devops_sre", 4],
  ["cybersecurity", 2],
  ["qa_testing", 4],
  ["product_management", 3],
  ["design_ux", 3],
  ["sales_bd", 8],
  ["marketing", 5],
  ["finance_accounting", 6],
  ["operations_supply_chain", 4],
  ["hr_recruitment", 3],
  ["customer_support", 5],
  ["teaching_education", 2],
  ["business_analysis", 2],
  ["content_writing", 1],
  ["consulting", 1],
  ["core_engineering", 2],
];
const CITIES: [string, number][] = [
  ["bengaluru", 24],
  ["mumbai", 12],
  ["hyderabad", 12],
  ["pune", 10],
  ["chennai", 9],
  ["gurugram", 7],
  ["noida", 5],
  ["delhi", 4],
  ["kolkata", 4],
  ["ahmedabad", 4],
  ["kochi", 3],
  ["jaipur", 3],
  ["chandigarh", 3],
];

function buckets(items: [string, number][]) {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let lo = 0;
  return items.map(([id, w]) => {
    const row = { id, lo: lo / total, hi: (lo + w) / total };
    lo += w;
    return row;
  });
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-IN");

async function seed(sql: Sql) {
  const step = async <T>(i: number, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await f();
    if (process.env.TALVIX_BENCH_VERBOSE)
      console.log(`  seed step ${i}: ${Math.round(performance.now() - t)} ms`);
    return r;
  };
  await sql.begin(async (tx) => {
    await step(
      1,
      () => tx`create function pg_temp.rnd(t text) returns float8 language sql immutable
             as $$ select (hashtext(t)::float8 + 2147483648) / 4294967296.0 $$`,
    );
    await step(
      2,
      () => tx`create temp table fam on commit drop as
             select * from json_to_recordset(${tx.json(buckets(FAMILIES) as never)}::json)
               as f(id text, lo float8, hi float8)`,
    );
    await step(
      3,
      () => tx`create temp table city on commit drop as
             select * from json_to_recordset(${tx.json(buckets(CITIES) as never)}::json)
               as c(id text, lo float8, hi float8)`,
    );
    await step(
      4,
      () => tx`create temp table pool on commit drop as
             select f as fam, array_agg(id order by id) as ids
               from public.skills, unnest(role_families) f group by f`,
    );

    // Users: family, city, years; a parsed résumé; the chosen persona.
    await step(
      5,
      () => tx`insert into auth.users (email)
             select 'bench-' || g || '@example.test' from generate_series(1, ${USERS}) g`,
    );
    await step(
      6,
      () => tx`create temp table bu on commit drop as
      select u.id,
             (select id from fam where pg_temp.rnd(u.id || 'f') >= lo and pg_temp.rnd(u.id || 'f') < hi) as fam,
             (select id from city where pg_temp.rnd(u.id || 'c') >= lo and pg_temp.rnd(u.id || 'c') < hi) as city,
             floor(pg_temp.rnd(u.id || 'y') * 14)::int as years
        from public.users u`,
    );
    await step(
      7,
      () => tx`
      insert into public.resumes (user_id, storage_path, file_hash, mime, parse_status, parsed, is_primary)
      select b.id, 'resumes/' || b.id || '/bench.pdf', encode(sha256(b.id::text::bytea), 'hex'),
             'application/pdf', 'parsed',
             jsonb_build_object(
               'skills', jsonb_build_object('ids', to_jsonb(coalesce((
                  select array_agg(distinct p.ids[1 + floor(pg_temp.rnd(b.id::text || k) * cardinality(p.ids))::int])
                    from generate_series(1, 22) k), '{}')),
                 'raw', '[]'::jsonb),
               'total_experience_years', b.years,
               'seniority', case when b.years < 3 then 'entry' when b.years < 6 then 'mid'
                                 when b.years < 10 then 'senior' else 'lead' end,
               'city', b.city, 'expected_ctc_lpa', 4 + b.years * 3, 'current_title', null),
             true
        from bu b join pool p on p.fam = b.fam`,
    );
    await step(
      8,
      () => tx`
      insert into public.personas (user_id, resume_id, position, persona, headline, target_roles,
                                   role_families, is_chosen, chosen_at)
      select r.user_id, r.id, 1, 'professional', b.fam, array[b.fam], array[b.fam], true, now()
        from public.resumes r join bu b on b.id = r.user_id`,
    );
    await step(
      9,
      () => tx`
      update public.users u set persona = 'professional', onboarding_completed = true,
             fit_scores_stale = false, skill_gap_stale = false, career_intel_stale = false,
             dashboard_ready = true, experience_years = b.years
        from bu b where b.id = u.id`,
    );

    // One finished, cleaned scrape run with the new jobs and their skills.
    const [run] = await step(
      9,
      () => tx<{ id: string }[]>`
      insert into public.scrape_runs (status, finished_at, has_new_jobs, jobs_new, jd_clean_complete)
      values ('done', now(), true, ${JOBS}, true) returning id`,
    );
    await step(
      10,
      () => tx`
      insert into public.jobs (fingerprint, title, title_canonical, company, company_canonical,
                               city, locations, work_mode, remote_india, seniority, role_family,
                               exp_min_years, exp_max_years, salary_min_inr, salary_max_inr,
                               jd_cleaned, first_run_id, last_run_id)
      select 'bench-' || g, f.id, f.id, 'Company ' || (g % 800), 'company-' || (g % 800),
             case when remote then null else c.id end,
             case when remote then '{}'::text[] else array[c.id] end,
             case when remote then 'remote' else 'onsite' end, remote,
             case when y < 3 then 'entry' when y < 6 then 'mid' when y < 10 then 'senior' else 'lead' end,
             f.id, y, y + 3, 300000 + y * 250000, 600000 + y * 350000, true, ${run!.id}, ${run!.id}
        from generate_series(1, ${JOBS}) g
        cross join lateral (select pg_temp.rnd(g || 'r') < 0.08 as remote,
                                   floor(pg_temp.rnd(g || 'y') * 12)::int as y) k
        join fam f on pg_temp.rnd(g || 'f') >= f.lo and pg_temp.rnd(g || 'f') < f.hi
        join city c on pg_temp.rnd(g || 'c') >= c.lo and pg_temp.rnd(g || 'c') < c.hi`,
    );
    await step(
      11,
      () => tx`
      insert into public.job_skills (job_id, skill_id, importance)
      select j.id, p.ids[1 + floor(pg_temp.rnd(j.id::text || k) * cardinality(p.ids))::int],
             case when k <= 8 then 'required' else 'nice_to_have' end
        from public.jobs j join pool p on p.fam = j.role_family, generate_series(1, 11) k
      on conflict do nothing`,
    );
  });
  await sql`analyze`;
}

async function main() {
  const install = await ensurePostgres((l) => console.log(`[bench] ${l}`));
  const cluster = { install, dir: join(ROOT, ".data", "pg-bench-fit"), port: PORT, fast: true };
  await ensureCluster(cluster);
  const admin = createSql(clusterUrl(PORT), { max: 1 });
  await admin.unsafe(`drop database if exists ${DB} with (force)`);
  await admin.unsafe(`create database ${DB}`);
  await admin.end({ timeout: 5 });
  const url = clusterUrl(PORT, DB);
  const setup = createSql(url, { max: 1, applicationName: "bench-setup" });
  try {
    await prepareDatabase(setup, { seed: false });
    const t0 = performance.now();
    await seed(setup);
    const [counts] = await setup<{ users: number; jobs: number; skills: number; run: string }[]>`
      select (select count(*)::int from users) as users, (select count(*)::int from jobs) as jobs,
             (select count(*)::int from job_skills) as skills, (select id from scrape_runs) as run`;
    console.log(
      `seeded ${fmt(counts!.users)} users × ${fmt(counts!.jobs)} new jobs (${fmt(counts!.skills)} job skills) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const sql = createSql(url, { max: 4, applicationName: "bench-agent" });
    const storageRoot = join(ROOT, ".data", "bench-storage");
    const deps = {
      sql,
      storage: createLocalStorage({ root: storageRoot, fs: fs as never }),
      clock: systemClock,
      logger: createLogger({ name: "bench", level: "warn" }),
    };
    const agent = AGENTS.find((a) => a.name === "fit-score")!;
    let payload: Record<string, unknown> = { mode: "delta", scrape_run_id: counts!.run };
    let calls = 0;
    let pairs = 0;
    let stored = 0;
    let slowest = 0;
    const started = performance.now();
    for (;;) {
      const reply = await runAgent(deps, agent, { agent: "fit-score", payload });
      calls++;
      if (reply.status !== "success") throw new Error(`fit-score: ${JSON.stringify(reply)}`);
      pairs += reply.pairs_scored as number;
      stored += reply.scores_stored as number;
      slowest = Math.max(slowest, reply.duration_ms);
      if (!reply.more) break;
      // Follow the wake-up the agent queued, as the outbox runner would.
      const [wake] = await sql<{ id: string; payload: Record<string, unknown> }[]>`
        select id, payload from dispatch_outbox
         where target = 'agents/fit-score' and status = 'pending' order by created_at desc limit 1`;
      await sql`update dispatch_outbox set status = 'done' where id = ${wake!.id}`;
      payload = wake!.payload;
    }
    const secs = (performance.now() - started) / 1000;
    const [check] = await sql<{ rows: number; complete: boolean; queued: number }[]>`
      select (select count(*)::int from job_fit_scores) as rows,
             (select scoring_complete from scrape_runs) as complete,
             (select count(*)::int from dispatch_outbox where target = 'worker-exec/queue-applications') as queued`;
    const nominal = counts!.users * counts!.jobs;
    console.log(
      `delta fit scoring (real agent, real database): ${fmt(counts!.users)} users × ${fmt(counts!.jobs)} jobs = ${fmt(nominal)} pairs in ${secs.toFixed(1)} s wall`,
    );
    console.log(
      `  ${fmt(nominal / secs)} pairs/s (user × job pairs covered per second of wall time)`,
    );
    console.log(
      `  ${fmt(pairs)} pairs passed the prefilter and were scored (${fmt(pairs / secs)}/s); ${fmt(stored)} scores ≥ threshold stored (${fmt(stored / secs)} rows/s)`,
    );
    console.log(
      `  ${calls} agent calls (budget 1,500 ms each, slowest ${slowest} ms); scoring_complete=${check!.complete}, rows=${fmt(check!.rows)}, queue-applications wake-ups=${check!.queued}`,
    );
    await sql.end({ timeout: 5 });
    await rm(storageRoot, { recursive: true, force: true });
  } finally {
    await setup.end({ timeout: 5 });
    if (!process.env.TALVIX_BENCH_KEEP) await stopCluster(cluster);
  }
}

await main();
