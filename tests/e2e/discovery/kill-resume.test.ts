import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { ROOT, TSX_IMPORT } from "../../../scripts/stack/paths.ts";
import { waitFor } from "../../../scripts/stack/wait-for.ts";
import { claimAndRun } from "../../../worker-exec/src/discovery/run-discovery.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import {
  AGENT_SECRET,
  API_SOURCES,
  discoveryDeps,
  enqueueRun,
  makeJobSeeker,
  startAgentStub,
  useBaselines,
  type AgentStub,
} from "../../integration/discovery/helpers.ts";

// worker-exec as a real process, killed with SIGKILL in the middle of a run. Its lease is
// moved into the past (instead of waiting for it), a second worker claims the run and
// resumes it from scrape_run_progress: the result must equal an uninterrupted run's.

let reference: TestDatabase; // the uninterrupted run
let crashed: TestDatabase; // the killed-and-resumed run
let sandbox: RunningSandbox;
let stub: AgentStub;

async function prepare(db: TestDatabase) {
  await makeJobSeeker(db.sql);
  await useBaselines(db.sql, []);
  return enqueueRun(db.sql);
}

function startWorker(db: TestDatabase) {
  const child = spawn(process.execPath, [...TSX_IMPORT, "worker-exec/src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      APP_ENV: "test",
      DATABASE_URL: db.url,
      AGENT_SECRET,
      FUNCTIONS_URL: stub.url,
      STORAGE_DIR: mkdtempSync(join(tmpdir(), "talvix-kill-")),
      SCRAPE_BASE_URL: sandbox.url,
      HEARTBEAT_MS: "1000",
      LOG_LEVEL: "info",
      DISCOVERY_SOURCES: API_SOURCES.join(","),
      DISCOVERY_POLL_MS: "100",
      DISCOVERY_LEASE_MS: "6000",
      // Slow enough to be caught mid-run: one target per source at a time, a pause per page.
      DISCOVERY_PAGE_DELAY_MS: "120",
      DISCOVERY_RATE_PER_SECOND: "1000",
      DISCOVERY_SOURCE_LIMITS: JSON.stringify(
        Object.fromEntries(API_SOURCES.map((s) => [s, { targets: 1 }])),
      ),
      DISCOVERY_BATCH_SIZE: "10",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, exited, output: () => output };
}

interface Outcome {
  jobs: number;
  sources: number;
  distinctFingerprints: number;
  run: {
    status: string;
    jobs_seen: number;
    jobs_new: number;
    has_new_jobs: boolean;
    source_counts: Record<string, number>;
    source_failures: Record<string, unknown>;
    attempts: number;
  };
}

async function outcome(db: TestDatabase, runId: string): Promise<Outcome> {
  const [c] = await db.sql<{ jobs: number; sources: number; fps: number }[]>`
    select (select count(*)::int from jobs) as jobs,
           (select count(*)::int from job_sources) as sources,
           (select count(distinct fingerprint)::int from jobs) as fps`;
  const [run] = await db.sql<Outcome["run"][]>`
    select status, jobs_seen, jobs_new, has_new_jobs, source_counts, source_failures, attempts
      from scrape_runs where id = ${runId}`;
  return { jobs: c!.jobs, sources: c!.sources, distinctFingerprints: c!.fps, run: run! };
}

beforeAll(async () => {
  [reference, crashed, sandbox, stub] = await Promise.all([
    createTestDatabase(),
    createTestDatabase(),
    startSandbox({ port: 0, rateLimits: [], flakyFailures: 0 }),
    startAgentStub(200),
  ]);
});

afterAll(async () => {
  await Promise.all([sandbox?.close(), stub?.close()]);
  await Promise.all([reference?.drop(), crashed?.drop()]);
});

describe("a worker killed mid-run", () => {
  it("loses nothing: the next worker resumes and the result equals an uninterrupted run", async () => {
    const refRun = await prepare(reference);
    const deps = discoveryDeps(reference.sql, {
      sandboxUrl: sandbox.url,
      functionsUrl: stub.url,
      sources: API_SOURCES,
    });
    expect(await claimAndRun(deps, new AbortController().signal)).toMatchObject({
      outcome: "done",
    });
    const expected = await outcome(reference, refRun);
    expect(expected.jobs).toBeGreaterThan(300);

    const runId = await prepare(crashed);
    const first = startWorker(crashed);
    // Mid-run: some targets finished and jobs stored, the run not finished.
    await waitFor(
      "the first worker to be half-way",
      async () => {
        const [p] = await crashed.sql<{ done: number; total: number }[]>`
          select count(*) filter (where state = 'done')::int as done,
                 jsonb_array_length((select targets from scrape_runs where id = ${runId}))::int as total
            from scrape_run_progress where run_id = ${runId}`;
        return p && p.done >= 6 && p.done < p.total - 4;
      },
      45_000,
      20,
    );
    first.child.kill("SIGKILL");
    await first.exited;
    const [mid] = await crashed.sql<
      { status: string; locked_by: string; jobs: number; finished_at: Date | null }[]
    >`
      select status, locked_by, finished_at, (select count(*)::int from jobs) as jobs
        from scrape_runs where id = ${runId}`;
    expect(mid).toMatchObject({ status: "running", finished_at: null });
    expect(mid!.jobs).toBeGreaterThan(0);
    expect(mid!.jobs).toBeLessThan(expected.jobs);
    // Time travel instead of waiting out the lease.
    await crashed.sql`update scrape_runs set locked_until = now() - interval '1 second'
                       where id = ${runId}`;

    const second = startWorker(crashed);
    try {
      await waitFor(
        "the second worker to finish the run",
        async () => {
          const [r] = await crashed.sql<{ status: string }[]>`
            select status from scrape_runs where id = ${runId}`;
          return r?.status === "done";
        },
        60_000,
        100,
      );
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }

    const got = await outcome(crashed, runId);
    expect(got.distinctFingerprints).toBe(got.jobs);
    expect({ ...got, run: { ...got.run, attempts: 0 } }).toEqual({
      ...expected,
      run: { ...expected.run, attempts: 0 },
    });
    expect(got.run.attempts).toBe(2);
    const workers = await crashed.sql<{ worker: string }[]>`
      select distinct worker from scrape_run_progress where run_id = ${runId}`;
    expect(workers).toHaveLength(2);
    // One wake-up per finished run (the reference run and this one).
    expect(
      stub.calls.filter(
        (c) => (c.body as { payload: { scrape_run_id: string } }).payload.scrape_run_id === runId,
      ),
    ).toHaveLength(1);
    expect(second.output()).toContain("scrape run done");
  }, 110_000);
});
