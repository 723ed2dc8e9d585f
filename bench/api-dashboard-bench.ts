/**
 * Load benchmark of `GET /dashboard` on the Deno-served gateway against real Postgres: one
 * user with 10,000 scored jobs and 200 applications, requests fired open-loop at a fixed
 * rate (latency counts from each request's scheduled start, so a slow server cannot hide
 * its queue), p50/p90/p99 reported.
 *
 *   npm run bench -- api-dashboard          (BENCH_RPS, BENCH_SECONDS to change the load)
 */
import { join } from "node:path";
import { createSql } from "../shared/db/sql.ts";
import { prepareDatabase } from "../scripts/stack/migrations.ts";
import { ROOT } from "../scripts/stack/paths.ts";
import { clusterUrl, ensureCluster, stopCluster } from "../scripts/stack/postgres-cluster.ts";
import { ensurePostgres } from "../scripts/stack/postgres-install.ts";
import { startFunctionsServer } from "../tests/helpers/functions-server.ts";
import { testSecrets } from "../tests/helpers/test-secrets.ts";

const RPS = Number(process.env.BENCH_RPS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 3;
const SCORED_JOBS = 10_000;
const APPLICATIONS = 200;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function seed(url: string, userId: string) {
  const sql = createSql(url, { max: 1 });
  try {
    await sql`
      insert into jobs (fingerprint, title, title_canonical, company, company_canonical, city,
                        work_mode, role_family, salary_min_inr, salary_max_inr, posted_at)
      select 'bench-' || i, 'Backend Engineer ' || i, 'backend engineer', 'Company ' || (i % 700),
             'company ' || (i % 700), (array['Bengaluru','Pune','Hyderabad','Gurugram'])[1 + i % 4],
             (array['onsite','hybrid','remote'])[1 + i % 3], 'backend', 1000000 + i * 10,
             1500000 + i * 10, now() - (i || ' minutes')::interval
        from generate_series(1, ${SCORED_JOBS}) i`;
    await sql`
      insert into job_fit_scores (user_id, job_id, score, label, recommendation, components,
                                  matched_skills, missing_skills, reasons, model_version)
      select ${userId}, j.id, 40 + (hashtext(j.id::text) & 1023) % 60,
             case when (hashtext(j.id::text) & 1023) % 60 >= 35 then 'strong' else 'good' end,
             'apply', '{"skills":0.8,"experience":0.7,"demand":0.6,"salary":0.5}',
             '{python,sql,aws}', '{kubernetes}', '{"Python and SQL match","Salary fits"}', 'bench'
        from jobs j where j.fingerprint like 'bench-%'`;
    await sql`
      insert into job_applications (user_id, job_id, method, status, applied_at, created_at)
      select ${userId}, j.id, 'manual',
             (array['applied','viewed','callback','interview','rejected','ghosted'])[1 + n % 6],
             now() - (n || ' hours')::interval, now() - (n || ' hours')::interval
        from (select id, row_number() over (order by id) n from jobs
               where fingerprint like 'bench-%' limit ${APPLICATIONS}) j`;
    await sql`
      insert into notifications (user_id, channel, type, title, body)
      select ${userId}, 'dashboard', 'matches.ready', 'New matches ' || i, 'We found new jobs.'
        from generate_series(1, 40) i`;
    await sql`analyze`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function main() {
  const install = await ensurePostgres((l) => console.log(`bench: ${l}`));
  const port = Number(process.env.TALVIX_BENCH_PG_PORT ?? 54334);
  const cluster = { install, dir: join(ROOT, ".data", "pg-bench-api"), port, fast: true };
  await ensureCluster(cluster);
  const db = `bench_api_${process.pid}`;
  const admin = createSql(clusterUrl(port), { max: 1 });
  await admin.unsafe(`drop database if exists ${db} with (force)`);
  await admin.unsafe(`create database ${db}`);
  const url = clusterUrl(port, db);
  const migrator = createSql(url, { max: 1 });
  await prepareDatabase(migrator);
  await migrator.end({ timeout: 5 });

  const secrets = testSecrets();
  const server = await startFunctionsServer({
    DATABASE_URL: url,
    ...secrets,
    LOCAL_DEV_AUTH: "true",
    RATE_LIMIT_IP_PER_MINUTE: "100000000",
  });
  try {
    const api = `${server.url}/api`;
    const post = (path: string, body: unknown) =>
      fetch(`${api}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const { id_token } = await post("/auth/dev/id-token", { email: "bench@example.com" });
    const session = await post("/auth/google", { id_token });
    const seeded = performance.now();
    await seed(url, session.user.id);
    console.log(
      `seeded ${SCORED_JOBS} scored jobs, ${APPLICATIONS} applications in ${Math.round(performance.now() - seeded)} ms`,
    );

    const headers = { authorization: `Bearer ${session.access_token}` };
    const probe = await fetch(`${api}/dashboard`, { headers }).then((r) => r.json());
    if (!probe.matches || probe.matches.items.length !== 20) {
      throw new Error(`unexpected dashboard: ${JSON.stringify(probe).slice(0, 300)}`);
    }

    const run = async (seconds: number) => {
      const latencies: number[] = [];
      let errors = 0;
      const interval = 1000 / RPS;
      const start = performance.now();
      const inflight: Promise<void>[] = [];
      for (let i = 0; i < seconds * RPS; i++) {
        const scheduled = start + i * interval;
        const wait = scheduled - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        inflight.push(
          fetch(`${api}/dashboard`, { headers })
            .then(async (res) => {
              await res.arrayBuffer();
              if (res.status !== 200) errors++;
              latencies.push(performance.now() - scheduled);
            })
            .catch(() => {
              errors++;
            }),
        );
      }
      await Promise.all(inflight);
      return {
        latencies: latencies.sort((a, b) => a - b),
        errors,
        elapsed: performance.now() - start,
      };
    };

    await run(WARMUP_SECONDS);
    const { latencies, errors, elapsed } = await run(SECONDS);
    const fmt = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      [
        `GET /dashboard at ${RPS} req/s for ${SECONDS} s (${latencies.length} requests, ${errors} errors, achieved ${(latencies.length / (elapsed / 1000)).toFixed(1)} req/s)`,
        `  p50 ${fmt(percentile(latencies, 50))}   p90 ${fmt(percentile(latencies, 90))}   p99 ${fmt(percentile(latencies, 99))}   max ${fmt(latencies.at(-1) ?? 0)}`,
      ].join("\n"),
    );
    if (errors > 0) process.exitCode = 1;
  } finally {
    await server.stop();
    await admin.unsafe(`drop database if exists ${db} with (force)`);
    await admin.end({ timeout: 5 });
    await stopCluster(cluster);
  }
}

await main();
