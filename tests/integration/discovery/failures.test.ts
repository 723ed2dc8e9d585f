import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_COMPANIES } from "../../../sandbox/index.ts";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { claimAndRun } from "../../../worker-exec/src/discovery/run-discovery.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import {
  discoveryDeps,
  enqueueRun,
  makeJobSeeker,
  startAgentStub,
  useBaselines,
  type AgentStub,
} from "./helpers.ts";

// Sources fail alone: LinkedIn blocking us stops LinkedIn for the run (recorded with the
// adapter's reason) and nothing else; a company board that is gone fails only its target.

let db: TestDatabase;
let sandbox: RunningSandbox;
let stub: AgentStub;
let runId: string;
const drain = new AbortController().signal;

beforeAll(async () => {
  db = await createTestDatabase();
  [sandbox, stub] = await Promise.all([
    startSandbox({ port: 0, rateLimits: [], flakyFailures: 0, linkedinBlockAfter: 6 }),
    startAgentStub(200),
  ]);
  await makeJobSeeker(db.sql);
  await useBaselines(db.sql, [{ source: "linkedin", query: "engineer", location: "India" }]);
  await db.sql`insert into ats_companies (ats, slug, name) values ('greenhouse', 'gone-away', 'Gone Away')`;
  runId = await enqueueRun(db.sql);
  const deps = discoveryDeps(db.sql, {
    sandboxUrl: sandbox.url,
    functionsUrl: stub.url,
    sources: ["greenhouse", "linkedin"],
  });
  expect(await claimAndRun(deps, drain)).toMatchObject({ runId, outcome: "done" });
});

afterAll(async () => {
  await Promise.all([sandbox?.close(), stub?.close()]);
  await db?.drop();
});

describe("a failing source never fails the run", () => {
  it("records LinkedIn's block in source_failures and skips its other searches", async () => {
    const [run] = await db.sql<
      {
        status: string;
        source_failures: Record<string, Record<string, unknown>>;
        source_counts: Record<string, number>;
        has_new_jobs: boolean;
      }[]
    >`select status, source_failures, source_counts, has_new_jobs from scrape_runs where id = ${runId}`;
    expect(run!.status).toBe("done");
    expect(run!.has_new_jobs).toBe(true);
    expect(run!.source_failures.linkedin).toMatchObject({
      reason: "blocked",
      scope: "source",
      failed_targets: 1,
    });
    const linkedin = await db.sql<{ state: string; reason: string | null }[]>`
      select state, reason from scrape_run_progress where run_id = ${runId} and source = 'linkedin'`;
    expect(linkedin).toHaveLength(5); // 2 roles × 2 cities + the baseline
    // The search that met the block failed; the ones after it never ran.
    expect(linkedin.filter((p) => p.state === "failed")).toHaveLength(1);
    const notRun = linkedin.filter((p) => p.state === "skipped");
    expect(notRun.length).toBeGreaterThanOrEqual(3);
    expect(notRun.length + 1 + linkedin.filter((p) => p.state === "done").length).toBe(5);
    expect(linkedin.filter((p) => p.state !== "done").every((p) => p.reason === "blocked")).toBe(
      true,
    );
    // What LinkedIn served before it blocked is kept.
    const [kept] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from job_sources where source = 'linkedin'`;
    expect(kept!.n).toBeGreaterThan(0);
    expect(run!.source_counts.linkedin).toBe(kept!.n);
  });

  it("fails only the missing company's target, with its reason, and scrapes the rest", async () => {
    const [run] = await db.sql<
      {
        source_failures: Record<string, Record<string, unknown>>;
        source_counts: Record<string, number>;
      }[]
    >`select source_failures, source_counts from scrape_runs where id = ${runId}`;
    expect(run!.source_failures.greenhouse).toMatchObject({
      reason: "http_404",
      scope: "targets",
      failed_targets: 1,
      targets: ["gone-away"],
    });
    const greenhouse = await db.sql<{ target_key: string; state: string }[]>`
      select target_key, state from scrape_run_progress where run_id = ${runId} and source = 'greenhouse'`;
    const live = SANDBOX_COMPANIES.greenhouse.map((c) => c.slug);
    expect(
      greenhouse
        .filter((p) => p.state === "done")
        .map((p) => p.target_key)
        .sort(),
    ).toEqual([...live].sort());
    const [stored] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from job_sources where source = 'greenhouse'`;
    expect(stored!.n).toBe(SANDBOX_COMPANIES.greenhouse.reduce((n, c) => n + c.jobs, 0));
    expect(run!.source_counts.greenhouse).toBe(stored!.n);
  });

  it("keeps the local seed's companies equal to the sandbox's", async () => {
    const rows = await db.sql<{ ats: string; slug: string }[]>`
      select ats, slug from ats_companies where is_active and slug <> 'gone-away' order by 1, 2`;
    const sandboxRows = Object.values(SANDBOX_COMPANIES)
      .flat()
      .map((c) => ({ ats: c.ats, slug: c.slug }))
      .sort((a, b) => (a.ats + a.slug < b.ats + b.slug ? -1 : 1));
    expect(rows.map((r) => ({ ...r }))).toEqual(sandboxRows);
  });
});
