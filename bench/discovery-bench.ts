/**
 * Discovery throughput.  npm run bench -- discovery   (or: npx tsx bench/discovery-bench.ts)
 *
 * worker-exec runs as a real process against the portal sandbox and a throw-away database in
 * a Postgres cluster of the bench's own (.data/pg-bench, port 54349, fsync off), and works
 * one scrape run for the API sources (sandbox at ~20k ATS postings + one LinkedIn search)
 * and one for the browser sources (Naukri, Internshala). It prints postings ingested per
 * minute (fetched + parsed + deduped + upserted, JDs saved) and the worker's peak RSS.
 *   BENCH_SCALE=40  ATS fixture multiplier (sandbox scale 1 ≈ 500 ATS postings)
 *   BENCH_BROWSER_SCALE=6
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSql, type Sql } from "../shared/db/sql.ts";
import { startSandbox } from "../sandbox/serve.ts";
import { prepareDatabase } from "../scripts/stack/migrations.ts";
import { ROOT, TSX_IMPORT } from "../scripts/stack/paths.ts";
import { clusterUrl, ensureCluster, stopCluster } from "../scripts/stack/postgres-cluster.ts";
import { ensurePostgres } from "../scripts/stack/postgres-install.ts";
import { waitFor } from "../scripts/stack/wait-for.ts";

const PG_DIR = join(ROOT, ".data", "pg-bench");
const PG_PORT = Number(process.env.TALVIX_BENCH_PG_PORT ?? 54349);
const SCALE = Number(process.env.BENCH_SCALE ?? 40);
const BROWSER_SCALE = Number(process.env.BENCH_BROWSER_SCALE ?? 6);
const API_SOURCES = ["greenhouse", "lever", "ashby", "smartrecruiters", "workday", "linkedin"];
const BROWSER_SOURCES = ["naukri", "internshala"];
const AGENT_SECRET = "bench-agent-secret-0123456789abcdef0123456789";

interface SourceFigures {
  source: string;
  postings: number;
  seconds: number;
}

interface Figures {
  label: string;
  perSource: SourceFigures[];
  postings: number;
  jobsNew: number;
  seconds: number;
  peakRssMb: number;
  peakTreeRssMb: number;
}

/** Resident memory of a process (kB): current and peak, from /proc. */
async function rssOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}

/** RSS (kB) of a process and all its descendants (the worker plus its Chromiums). */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parents.keys()) if (inTree(pid)) total += (await rssOf(pid)).rss;
  return total;
}

async function runOnce(
  sql: Sql,
  url: string,
  label: string,
  sandboxUrl: string,
  sources: string[],
): Promise<Figures> {
  const [run] = await sql<{ id: string }[]>`
    insert into scrape_runs (trigger) values ('manual') returning id`;
  const storageDir = mkdtempSync(join(tmpdir(), "talvix-bench-"));
  const child = spawn(process.execPath, [...TSX_IMPORT, "worker-exec/src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...(process.env.CHROME_PATH ? { CHROME_PATH: process.env.CHROME_PATH } : {}),
      APP_ENV: "test",
      LOG_LEVEL: "warn",
      DATABASE_URL: url,
      AGENT_SECRET,
      // Nobody listens: the wake-up fails quietly and stays for the sweep.
      FUNCTIONS_URL: "http://127.0.0.1:9/functions/v1",
      STORAGE_DIR: storageDir,
      SCRAPE_BASE_URL: sandboxUrl,
      DISCOVERY_SOURCES: sources.join(","),
      DISCOVERY_POLL_MS: "100",
      DISCOVERY_PAGE_DELAY_MS: "0",
      DISCOVERY_RATE_PER_SECOND: "10000",
      DISCOVERY_SOURCE_LIMITS: JSON.stringify(
        Object.fromEntries(
          [...API_SOURCES, ...BROWSER_SOURCES].map((s) => [s, { concurrency: 8, targets: 4 }]),
        ),
      ),
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const pid = child.pid!;
  let peakTree = 0;
  let peakHwm = 0;
  const sampler = setInterval(() => {
    void treeRss(pid).then((kb) => (peakTree = Math.max(peakTree, kb)));
    void rssOf(pid).then((m) => (peakHwm = Math.max(peakHwm, m.hwm)));
  }, 200);
  try {
    const done = await waitFor(
      `${label} run to finish`,
      async () => {
        const [r] = await sql<
          {
            status: string;
            source_counts: Record<string, number>;
            jobs_new: number;
            seconds: number;
            last_error: string | null;
          }[]
        >`select status, source_counts, jobs_new, last_error,
                 extract(epoch from finished_at - started_at)::float8 as seconds
            from scrape_runs where id = ${run!.id}`;
        if (r?.status === "dead") throw new Error(`${label}: ${r.last_error}`);
        return r?.status === "done" ? r : null;
      },
      30 * 60_000,
      250,
    );
    peakHwm = Math.max(peakHwm, (await rssOf(pid)).hwm);
    const perSource = await sql<SourceFigures[]>`
      select source, sum(postings)::int as postings,
             extract(epoch from max(finished_at) - min(started_at))::float8 as seconds
        from scrape_run_progress where run_id = ${run!.id}
       group by source order by source`;
    return {
      label,
      perSource: [...perSource],
      postings: Object.values(done.source_counts).reduce((a, b) => a + b, 0),
      jobsNew: done.jobs_new,
      seconds: done.seconds,
      peakRssMb: peakHwm / 1024,
      peakTreeRssMb: peakTree / 1024,
    };
  } finally {
    clearInterval(sampler);
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    await rm(storageDir, { recursive: true, force: true });
  }
}

async function main() {
  const install = await ensurePostgres((l) => console.log(`bench: ${l}`));
  const cluster = { install, dir: PG_DIR, port: PG_PORT, fast: true };
  await ensureCluster(cluster);
  const dbName = `discovery_bench_${process.pid}`;
  const admin = createSql(clusterUrl(PG_PORT), { max: 1, applicationName: "bench" });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.unsafe(`create database ${dbName}`);
  const url = clusterUrl(PG_PORT, dbName);
  const sql = createSql(url, { max: 2, applicationName: "bench" });
  const apiSandbox = await startSandbox({
    port: 0,
    scale: SCALE,
    rateLimits: [],
    flakyFailures: 0,
  });
  const browserSandbox = await startSandbox({
    port: 0,
    scale: BROWSER_SCALE,
    rateLimits: [],
    flakyFailures: 0,
  });
  const results: Figures[] = [];
  try {
    await prepareDatabase(sql);
    // The seed follows the sandbox's companies; searches are the bench's own.
    await sql`delete from discovery_baseline_targets`;
    await sql`insert into discovery_baseline_targets (source, query, location, max_jobs) values
      ('linkedin', 'engineer', 'India', 1000),
      ('naukri', 'engineer', 'India', 1500),
      ('naukri', 'analyst', 'India', 1500),
      ('internshala', 'computer-science', '', null),
      ('internshala', 'data-science', '', null),
      ('internshala', 'marketing', '', null)`;
    results.push(await runOnce(sql, url, "API sources", apiSandbox.url, API_SOURCES));
    results.push(await runOnce(sql, url, "browser sources", browserSandbox.url, BROWSER_SOURCES));
  } finally {
    await Promise.all([apiSandbox.close(), browserSandbox.close(), sql.end({ timeout: 5 })]);
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end({ timeout: 5 });
    await stopCluster(cluster);
  }

  console.log(
    `\ndiscovery (sandbox scale ${SCALE} for API sources, ${BROWSER_SCALE} for browser sources)`,
  );
  const rows = [
    [
      "run",
      "postings",
      "new jobs",
      "seconds",
      "postings/min",
      "peak RSS worker",
      "peak RSS +chromium",
    ],
    ...results.map((r) => [
      r.label,
      String(r.postings),
      String(r.jobsNew),
      r.seconds.toFixed(1),
      String(Math.round((r.postings / r.seconds) * 60)),
      `${r.peakRssMb.toFixed(0)} MB`,
      `${r.peakTreeRssMb.toFixed(0)} MB`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  console.log("\nper source (wall time from its first target's start to its last one's end)");
  for (const r of results) {
    for (const s of r.perSource) {
      console.log(
        `  ${s.source.padEnd(16)} ${String(s.postings).padStart(6)} postings in ${s.seconds.toFixed(1).padStart(5)} s`,
      );
    }
  }
  const api = results[0]!;
  const perMin = (api.postings / api.seconds) * 60;
  console.log(
    `\nAPI sources: ${Math.round(perMin)} postings/min (target ≥ 5000): ${perMin >= 5000 ? "ok" : "BELOW TARGET"}`,
  );
}

await main();
