import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { waitFor } from "../../../scripts/stack/wait-for.ts";
import { claimAndRun } from "../../../worker-exec/src/discovery/run-discovery.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import {
  ALL_SOURCES,
  discoveryDeps,
  enqueueRun,
  makeJobSeeker,
  startAgentStub,
  useBaselines,
  type AgentStub,
} from "./helpers.ts";

// SIGTERM mid-run: the worker stops promptly, hands the run back (pending at once, the
// attempt refunded) and keeps its progress; whoever claims it next resumes from there.

let db: TestDatabase;
let sandbox: RunningSandbox;
let stub: AgentStub;

beforeAll(async () => {
  db = await createTestDatabase();
  [sandbox, stub] = await Promise.all([
    startSandbox({ port: 0, rateLimits: [], flakyFailures: 0 }),
    startAgentStub(200),
  ]);
  await makeJobSeeker(db.sql);
  await useBaselines(db.sql, [{ source: "internshala", query: "web-development" }]);
});

afterAll(async () => {
  await Promise.all([sandbox?.close(), stub?.close()]);
  await db?.drop();
});

describe("draining mid-run", () => {
  it("defers the run with its progress kept, and the next claim finishes it", async () => {
    const runId = await enqueueRun(db.sql);
    const options = {
      sandboxUrl: sandbox.url,
      functionsUrl: stub.url,
      sources: ALL_SOURCES,
      settings: { discoveryPageDelayMs: 150 },
    };
    const drain = new AbortController();
    const started = Date.now();
    const running = claimAndRun(discoveryDeps(db.sql, options), drain.signal);
    await waitFor(
      "some targets done",
      async () => {
        const [p] = await db.sql<{ n: number }[]>`
          select count(*)::int as n from scrape_run_progress
           where run_id = ${runId} and state = 'done'`;
        return p!.n >= 3;
      },
      30_000,
      20,
    );
    drain.abort();
    const aborted = Date.now();
    expect(await running).toMatchObject({ runId, outcome: "deferred" });
    expect(Date.now() - aborted).toBeLessThan(10_000);
    const [run] = await db.sql<{ status: string; attempts: number; locked_by: string | null }[]>`
      select status, attempts, locked_by from scrape_runs where id = ${runId}`;
    expect(run).toEqual({ status: "pending", attempts: 0, locked_by: null });
    const [kept] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from scrape_run_progress where run_id = ${runId} and state = 'done'`;
    expect(kept!.n).toBeGreaterThanOrEqual(3);

    const next = discoveryDeps(db.sql, { ...options, settings: { discoveryPageDelayMs: 0 } });
    expect(await claimAndRun(next, new AbortController().signal)).toMatchObject({
      runId,
      outcome: "done",
    });
    const [done] = await db.sql<{ status: string; attempts: number; has_new_jobs: boolean }[]>`
      select status, attempts, has_new_jobs from scrape_runs where id = ${runId}`;
    expect(done).toEqual({ status: "done", attempts: 1, has_new_jobs: true });
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
