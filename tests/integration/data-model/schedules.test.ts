import { afterAll, beforeAll, expect, it } from "vitest";
import { createSql, type Sql } from "../../../shared/db/sql.ts";
import {
  createTestDatabase,
  cronDatabaseUrl,
  type TestDatabase,
} from "../../helpers/test-database.ts";

// The day's schedule lives in pg_cron in the cluster's cron database (`postgres`), in UTC.

let cron: Sql;
let db: TestDatabase;
beforeAll(async () => {
  cron = createSql(cronDatabaseUrl(), { max: 1, applicationName: "schedules-test" });
  db = await createTestDatabase();
});
afterAll(async () => {
  await cron.end({ timeout: 5 });
  await db.drop();
});

// IST → UTC: subtract 5:30.
const EXPECTED: Record<string, { schedule: string; calls: RegExp }> = {
  "talvix-scrape": { schedule: "30 14 * * *", calls: /app\.enqueue_scrape_run\(\)/ }, // 20:00
  "talvix-daily-coach": {
    schedule: "30 1 * * *",
    calls: /app\.dispatch\('orchestrator\/daily-coach'\)/,
  }, // 07:00
  "talvix-session-health": {
    schedule: "0 14 * * *",
    calls: /app\.dispatch\('worker-exec\/session-health'\)/,
  }, // 19:30
  "talvix-calibration-daily": {
    schedule: "30 23 * * *",
    calls: /worker-exec\/calibration', '\{"layer": 2\}'/,
  }, // 05:00
  "talvix-weekly-reset": { schedule: "30 18 * * 6", calls: /app\.reset_weekly\(\)/ }, // Sun 00:00
  "talvix-calibration-weekly": {
    schedule: "30 18 * * 6",
    calls: /worker-exec\/calibration', '\{"layer": 3\}'/,
  }, // Sun 00:00
  "talvix-daily-reset": { schedule: "30 18 * * *", calls: /app\.reset_daily_counters\(\)/ }, // 00:00
  "talvix-monthly-reset": { schedule: "30 18 28-31 * *", calls: /app\.reset_monthly_counters\(\)/ }, // 1st 00:00
  "talvix-expire-subscriptions": { schedule: "0 0 * * *", calls: /app\.expire_subscriptions\(\)/ }, // 05:30
  "talvix-deactivate-stale-jobs": {
    schedule: "0 23 * * *",
    calls: /app\.deactivate_stale_jobs\(\)/,
  }, // 04:30
  "talvix-purge": { schedule: "30 21 * * *", calls: /app\.purge_expired\(\)/ }, // 03:00
  "talvix-lease-reaper": { schedule: "* * * * *", calls: /app\.lease_reap_all\(\)/ },
};

it("schedules each job at its UTC time in the cron database", async () => {
  const jobs = await cron<
    { jobname: string; schedule: string; command: string; database: string }[]
  >`
    select jobname, schedule, command, database from cron.job where jobname like 'talvix-%'`;
  expect(jobs.map((j) => j.jobname).sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const job of jobs) {
    const want = EXPECTED[job.jobname]!;
    expect(job.schedule, job.jobname).toBe(want.schedule);
    expect(job.command, job.jobname).toMatch(want.calls);
    expect(job.database).toBe("postgres");
  }
});

it("runs every scheduled command cleanly (against a scratch database)", async () => {
  const jobs = await cron<{ jobname: string; command: string }[]>`
    select jobname, command from cron.job where jobname like 'talvix-%'`;
  for (const job of jobs) await db.sql.unsafe(job.command);
  const outbox = await db.sql`select target, channel from dispatch_outbox order by target`;
  expect(outbox).toEqual([
    { target: "orchestrator/daily-coach", channel: "http" },
    { target: "worker-exec/calibration", channel: "worker-exec" },
    { target: "worker-exec/calibration", channel: "worker-exec" },
    { target: "worker-exec/session-health", channel: "worker-exec" },
  ]);
  const runs = await db.sql`select trigger from scrape_runs`;
  expect(runs).toEqual([{ trigger: "schedule" }]);
});

it("skips pg_cron outside the cron database", async () => {
  const ext = await db.sql`select 1 from pg_extension where extname = 'pg_cron'`;
  expect(ext).toHaveLength(0);
});

it("sweeps the agents' stale flags every 10 minutes (a lost wake-up costs minutes, not a day)", async () => {
  const [job] = await cron<{ schedule: string; command: string }[]>`
    select schedule, command from cron.job where jobname = 'intelligence-sweep'`;
  expect(job).toBeDefined();
  expect(job!.schedule).toBe("*/10 * * * *");
  expect(job!.command).toMatch(/app\.dispatch_intelligence_sweep\(\)/);
});
