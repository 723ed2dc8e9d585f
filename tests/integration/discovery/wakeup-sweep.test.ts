import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { discoveryLoops } from "../../../worker-exec/src/discovery/discovery-loops.ts";
import { sweepJdClean, wakeJdClean } from "../../../worker-exec/src/discovery/jd-clean-wakeup.ts";
import { claimAndRun } from "../../../worker-exec/src/discovery/run-discovery.ts";
import { memoryLogger } from "../../../shared/log/logger.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import {
  AGENT_SECRET,
  discoveryDeps,
  enqueueRun,
  startAgentStub,
  useBaselines,
  type AgentStub,
} from "./helpers.ts";

// The jd-clean wake-up is only a nudge: when it fails, the run keeps has_new_jobs and
// not jd_clean_complete, and the sweep sends it again once the last try is old enough.

let db: TestDatabase;
let sandbox: RunningSandbox;
let down: AgentStub;
let up: AgentStub;
let runId: string;
const drain = new AbortController().signal;
const { logger } = memoryLogger({ name: "sweep-test" });

const sweep = (url: string) =>
  sweepJdClean({
    sql: db.sql,
    logger,
    functionsUrl: url,
    agentSecret: AGENT_SECRET,
    wakeAfterMs: 5 * 60_000,
  });

const runRow = async () =>
  (
    await db.sql<
      { has_new_jobs: boolean; jd_clean_wakeups: number; jd_clean_woken_at: Date | null }[]
    >`
      select has_new_jobs, jd_clean_wakeups, jd_clean_woken_at from scrape_runs where id = ${runId}`
  )[0]!;

beforeAll(async () => {
  db = await createTestDatabase();
  [sandbox, down, up] = await Promise.all([
    startSandbox({ port: 0, rateLimits: [], flakyFailures: 0 }),
    startAgentStub(503),
    startAgentStub(200),
  ]);
  await useBaselines(db.sql, []);
  runId = await enqueueRun(db.sql);
  const deps = discoveryDeps(db.sql, {
    sandboxUrl: sandbox.url,
    functionsUrl: down.url,
    sources: ["ashby"],
  });
  expect(await claimAndRun(deps, drain)).toMatchObject({ runId, outcome: "done", woken: false });
});

afterAll(async () => {
  await Promise.all([sandbox?.close(), down?.close(), up?.close()]);
  await db?.drop();
});

describe("jd-clean wake-up", () => {
  it("a refused wake-up leaves the run flagged for the sweep", async () => {
    expect(down.calls).toHaveLength(1);
    expect(down.calls[0]!.body).toEqual({ agent: "jd-clean", payload: { scrape_run_id: runId } });
    const run = await runRow();
    expect(run.has_new_jobs).toBe(true);
    expect(run.jd_clean_wakeups).toBe(1);
    expect(run.jd_clean_woken_at).not.toBeNull();
  });

  it("the sweep waits until the last wake-up is old enough", async () => {
    expect(await sweep(up.url)).toBe(0);
    expect(up.calls).toHaveLength(0);
  });

  it("the sweep wakes it again once it is, exactly once", async () => {
    await db.sql`update scrape_runs set jd_clean_woken_at = now() - interval '6 minutes'
                  where id = ${runId}`;
    expect(await sweep(up.url)).toBe(1);
    expect(up.calls).toHaveLength(1);
    expect(up.calls[0]).toMatchObject({
      path: "/functions/v1/agents/jd-clean",
      headers: { "x-agent-secret": AGENT_SECRET },
      body: { agent: "jd-clean", payload: { scrape_run_id: runId } },
    });
    expect((await runRow()).jd_clean_wakeups).toBe(2);
    expect(await sweep(up.url)).toBe(0);
  });

  it("a cleaned run is never woken again", async () => {
    await db.sql`update scrape_runs set jd_clean_woken_at = now() - interval '1 hour',
                  jd_clean_complete = true where id = ${runId}`;
    expect(await sweep(up.url)).toBe(0);
    expect(up.calls).toHaveLength(1);
  });

  it("an unreachable agents function is a failed wake-up, not an error", async () => {
    const closed = await startAgentStub(200);
    await closed.close();
    expect(
      await wakeJdClean({ functionsUrl: closed.url, agentSecret: AGENT_SECRET, logger }, runId),
    ).toBe(false);
  });

  it("runs as the worker's jd-clean-sweep loop", async () => {
    await db.sql`update scrape_runs set jd_clean_woken_at = now() - interval '1 hour',
                  jd_clean_complete = false where id = ${runId}`;
    const deps = discoveryDeps(db.sql, {
      sandboxUrl: sandbox.url,
      functionsUrl: up.url,
      settings: { jdCleanWakeAfterMs: 60_000 },
    });
    const loop = discoveryLoops(deps).find((l) => l.name === "jd-clean-sweep")!;
    expect(await loop.tick(drain)).toBe(false);
    expect(up.calls).toHaveLength(2);
  });
});
