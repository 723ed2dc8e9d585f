import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPOSTS, SANDBOX_COMPANIES } from "../../../sandbox/index.ts";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { claimAndRun } from "../../../worker-exec/src/discovery/run-discovery.ts";
import { DiscoveryPlanSchema } from "../../../worker-exec/src/discovery/targets.ts";
import { BrowserPool } from "../../../worker-exec/src/scrape/browser-pool.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import {
  AGENT_SECRET,
  ALL_SOURCES,
  discoveryDeps,
  enqueueRun,
  expectedFromAdapters,
  makeJobSeeker,
  startAgentStub,
  useBaselines,
  type AgentStub,
  type Expected,
} from "./helpers.ts";

// One full run over every adapter, against the sandbox at its default misbehaviour (a
// rate-limited Lever board answering 429, a flaky one answering 503s), then a second run.

let db: TestDatabase;
let sandbox: RunningSandbox;
let clean: RunningSandbox; // a second, well-behaved instance of the same seeded world
let stub: AgentStub;
let pool: BrowserPool;
let deps: ReturnType<typeof discoveryDeps>;
let runId: string;
let expected: Expected;
const drain = new AbortController().signal;

beforeAll(async () => {
  db = await createTestDatabase();
  [sandbox, clean, stub] = await Promise.all([
    startSandbox({ port: 0 }),
    startSandbox({ port: 0, rateLimits: [], flakyFailures: 0 }),
    startAgentStub(200),
  ]);
  pool = new BrowserPool({ maxBrowsers: 1 });
  await makeJobSeeker(db.sql);
  // Someone signed up but never finished onboarding: their roles are not searched.
  await makeJobSeeker(db.sql, ["Chartered Accountant"], ["Mumbai"]).then(
    (id) => db.sql`update users set onboarding_completed = false where id = ${id}`,
  );
  await useBaselines(db.sql, [{ source: "internshala", query: "data-science" }]);
  deps = discoveryDeps(db.sql, { sandboxUrl: sandbox.url, functionsUrl: stub.url });
  runId = await enqueueRun(db.sql);
  const summary = await claimAndRun(deps, drain);
  expect(summary).toMatchObject({ runId, outcome: "done", woken: true });
  const [run] = await db.sql<
    { targets: unknown }[]
  >`select targets from scrape_runs where id = ${runId}`;
  expected = await expectedFromAdapters(clean.url, DiscoveryPlanSchema.parse(run!.targets), pool);
}, 110_000);

afterAll(async () => {
  await pool?.close();
  await Promise.all([sandbox?.close(), clean?.close(), stub?.close()]);
  await db?.drop();
});

describe("a full discovery run over the sandbox", () => {
  it("plans every followed company, the users' roles × cities and the baselines", async () => {
    const [run] = await db.sql<
      { targets: unknown }[]
    >`select targets from scrape_runs where id = ${runId}`;
    const plan = DiscoveryPlanSchema.parse(run!.targets);
    const companies = Object.values(SANDBOX_COMPANIES).flat();
    expect(plan.filter((t) => t.origin === "company")).toHaveLength(companies.length);
    const searches = plan
      .filter((t) => t.origin === "user")
      .map((t) => `${t.source}:${t.query}@${t.location}`)
      .sort();
    expect(searches).toEqual(
      ["linkedin", "naukri"]
        .flatMap((s) =>
          ["data analyst", "backend engineer"].flatMap((q) =>
            ["Bengaluru", "Pune"].map((c) => `${s}:${q}@${c}`),
          ),
        )
        .sort(),
    );
    expect(plan.filter((t) => t.origin === "baseline")).toEqual([
      expect.objectContaining({ source: "internshala", query: "data-science" }),
    ]);
  });

  it("ingests every adapter's jobs: one jobs row per fingerprint, one job_sources row per posting", async () => {
    const [counts] = await db.sql<{ jobs: number; sources: number; fps: number }[]>`
      select (select count(*)::int from jobs) as jobs,
             (select count(*)::int from job_sources) as sources,
             (select count(distinct fingerprint)::int from jobs) as fps`;
    expect(counts).toEqual({ jobs: expected.jobs, sources: expected.postings, fps: expected.jobs });
    const [run] = await db.sql<
      {
        status: string;
        source_counts: Record<string, number>;
        source_failures: Record<string, unknown>;
        jobs_seen: number;
        jobs_new: number;
        has_new_jobs: boolean;
      }[]
    >`select * from scrape_runs where id = ${runId}`;
    expect(run).toMatchObject({
      status: "done",
      source_failures: {},
      jobs_seen: expected.jobs,
      jobs_new: expected.jobs,
      has_new_jobs: true,
    });
    expect(run!.source_counts).toEqual(expected.perSource);
    for (const source of ALL_SOURCES) expect(run!.source_counts[source]).toBeGreaterThan(0);
    const fps = await db.sql<{ fingerprint: string }[]>`select fingerprint from jobs`;
    expect(new Set(fps.map((r) => r.fingerprint))).toEqual(expected.fingerprints);
  });

  it("merges reposts across portals and on one board into one job", async () => {
    for (const [i, repost] of REPOSTS.entries()) {
      const rows = await db.sql<{ job_id: string; source: string }[]>`
        select s.job_id, s.source from job_sources s join jobs j on j.id = s.job_id
         where j.company_canonical = 'paywiz' and j.title = ${repost.title}
           and j.city = ${repost.city}`;
      expect(new Set(rows.map((r) => r.job_id)).size).toBe(1);
      // The first one is also reposted on the same Greenhouse board under a new id.
      expect(rows.map((r) => r.source).sort()).toEqual(
        [...(i === 0 ? ["greenhouse"] : []), "greenhouse", "linkedin", "naukri"].sort(),
      );
    }
  });

  it("keeps the easiest apply route of every portal listing a job", async () => {
    const [job] = await db.sql<{ apply_source: string; easy_apply: boolean; apply_url: string }[]>`
      select apply_source, easy_apply, apply_url from jobs
       where company_canonical = 'paywiz' and title = 'Senior Data Analyst'`;
    expect(job!.easy_apply).toBe(true);
    expect(["linkedin", "naukri"]).toContain(job!.apply_source);
    const [ats] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from jobs j
       where apply_source = 'greenhouse'
         and exists (select 1 from job_sources s where s.job_id = j.id and s.easy_apply)`;
    expect(ats!.n).toBe(0);
  });

  it("stores new jobs as new and uncleaned, with the raw JD in storage", async () => {
    const jobs = await db.sql<
      {
        fingerprint: string;
        is_new: boolean;
        jd_cleaned: boolean;
        jd_path: string | null;
        jd_text: string | null;
        first_run_id: string;
      }[]
    >`select fingerprint, is_new, jd_cleaned, jd_path, jd_text, first_run_id from jobs`;
    for (const j of jobs) {
      expect(j).toMatchObject({ is_new: true, jd_cleaned: false, first_run_id: runId });
    }
    const withJd = jobs.filter((j) => j.jd_path !== null);
    expect(withJd.length).toBeGreaterThan(jobs.length / 2);
    // Only Internshala's listing cards come without a JD.
    const [bare] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from jobs j where jd_path is null
         and exists (select 1 from job_sources s where s.job_id = j.id and s.source <> 'internshala')`;
    expect(bare!.n).toBe(0);
    for (const j of withJd.slice(0, 25)) {
      expect(j.jd_path).toBe(`jds/${j.fingerprint}.html`);
      const html = await readFile(join(deps.storageDir, j.jd_path!), "utf8");
      expect(html).toMatch(/<(p|li|ul|h3|div)\b/);
      expect(j.jd_text?.length).toBeGreaterThan(20);
    }
  });

  it("pages through paged boards and rides out 429s and 503s", async () => {
    const progress = await db.sql<
      { source: string; target_key: string; state: string; pages: number; postings: number }[]
    >`
      select source, target_key, state, pages, postings from scrape_run_progress where run_id = ${runId}`;
    expect(progress.every((p) => p.state === "done")).toBe(true);
    const pages = (source: string, key: string) =>
      progress.find((p) => p.source === source && p.target_key === key)?.pages ?? 0;
    expect(pages("lever", "finlyft")).toBeGreaterThanOrEqual(3);
    expect(pages("workday", "sundaram.wd3/External")).toBeGreaterThanOrEqual(3);
    expect(pages("linkedin", "data analyst|bengaluru")).toBeGreaterThanOrEqual(2);
    expect(pages("internshala", "data-science|")).toBeGreaterThanOrEqual(2);
    const stats = sandbox.stats();
    expect(stats.byStatus["429"]).toBeGreaterThan(0);
    expect(stats.byStatus["503"]).toBeGreaterThan(0);
    // Everything the rate-limited and the flaky board list arrived anyway.
    const quotient = progress.find((p) => p.target_key === "quotient-ai")!;
    expect(quotient.postings).toBe(
      SANDBOX_COMPANIES.lever.find((c) => c.slug === "quotient-ai")!.jobs,
    );
    const shipwise = progress.find((p) => p.target_key === "shipwise")!;
    expect(shipwise.postings).toBe(
      SANDBOX_COMPANIES.lever.find((c) => c.slug === "shipwise")!.jobs,
    );
  });

  it("wakes jd-clean once with the agent contract", () => {
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]).toMatchObject({
      path: "/functions/v1/agents/jd-clean",
      headers: { "x-agent-secret": AGENT_SECRET },
      body: { agent: "jd-clean", payload: { scrape_run_id: runId } },
    });
  });

  it("a second run finds nothing new: same rows, last_seen_at bumped, no wake-up", async () => {
    const before = await db.sql<{ n: number; seen: Date }[]>`
      select count(*)::int as n, max(last_seen_at) as seen from jobs`;
    const second = await enqueueRun(db.sql);
    const api = discoveryDeps(db.sql, {
      sandboxUrl: clean.url,
      functionsUrl: stub.url,
      sources: ["greenhouse", "ashby", "smartrecruiters"],
    });
    expect(await claimAndRun(api, drain)).toMatchObject({ runId: second, outcome: "done" });
    const [after] = await db.sql<{ jobs: number; sources: number }[]>`
      select (select count(*)::int from jobs) as jobs, (select count(*)::int from job_sources) as sources`;
    expect(after).toEqual({ jobs: expected.jobs, sources: expected.postings });
    const [run] = await db.sql<{ jobs_new: number; jobs_seen: number; has_new_jobs: boolean }[]>`
      select jobs_new, jobs_seen, has_new_jobs from scrape_runs where id = ${second}`;
    const [touched] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from jobs where last_run_id = ${second}
         and last_seen_at > ${before[0]!.seen} and first_run_id = ${runId}`;
    expect(run).toMatchObject({ jobs_new: 0, has_new_jobs: false });
    expect(run!.jobs_seen).toBeGreaterThan(100);
    expect(touched!.n).toBe(run!.jobs_seen);
    expect(stub.calls).toHaveLength(1);
  });
});
