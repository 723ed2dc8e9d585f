/**
 * At most once, with real crashes: worker-exec processes SIGKILL themselves at each state of
 * an application (before fill, mid-fill, after the click record but before the click, after
 * the submission but before it is recorded), twice per state; a worker started afterwards
 * finishes the rows. The sandbox must hold at most one submission per job, and a row whose
 * click was recorded is never clicked again.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/index.ts";
import type { FormSubmission } from "../../../sandbox/forms/index.ts";
import { ROOT, TSX_IMPORT } from "../../../scripts/stack/paths.ts";
import { waitFor } from "../../../scripts/stack/wait-for.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";
import {
  answerKnockouts,
  makeApplyJob,
  makeApplyUser,
  tempStorage,
} from "../../integration/apply/seed.ts";

const STATES = ["before_fill", "mid_fill", "after_click_record", "after_submit"] as const;
const ROUNDS = 2;

let db: TestDatabase;
let sandbox: RunningSandbox;
let storage: Storage;
let root: string;
let cleanup: () => Promise<void>;
const tag = `crash-${crypto.randomUUID().slice(0, 8)}`;
const secrets = testSecrets();

beforeAll(async () => {
  db = await createTestDatabase();
  sandbox = await startSandbox();
  ({ storage, root, cleanup } = await tempStorage());
});
afterAll(async () => {
  killTaggedBrowsers();
  await sandbox.close();
  await cleanup();
  await db.drop();
});

/** Chromium processes our SIGKILLed workers left behind, found by their --talvix-tag. */
function killTaggedBrowsers() {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(`--talvix-tag=${tag}`))
        process.kill(Number(pid), "SIGKILL");
    } catch {
      // gone already
    }
  }
}

function startWorker(crashAt?: string) {
  const child = spawn(process.execPath, [...TSX_IMPORT, "worker-exec/src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...(process.env.CHROME_PATH ? { CHROME_PATH: process.env.CHROME_PATH } : {}),
      APP_ENV: "test",
      DATABASE_URL: db.url,
      AGENT_SECRET: secrets.AGENT_SECRET,
      VAULT_KEYS: secrets.VAULT_KEYS,
      STORAGE_DIR: root,
      DISCOVERY_ENABLED: "false",
      HEARTBEAT_MS: "1000",
      APPLY_WINDOW: "always",
      APPLY_IDLE_MS: "200",
      APPLY_LEASE_MS: "60000",
      APPLY_FIELD_TIMEOUT_MS: "3000",
      APPLY_QUEUE_EVERY_MS: "3600000",
      TALVIX_BROWSER_TAG: tag,
      LOG_LEVEL: "warn",
      ...(crashAt ? { APPLY_CRASH_AT: crashAt } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

async function received(job: string): Promise<FormSubmission[]> {
  const res = await fetch(`${sandbox.url}/__forms/submissions?form=greenhouse&job=${job}`);
  return ((await res.json()) as { submissions: FormSubmission[] }).submissions.filter(
    (s) => s.accepted,
  );
}

describe("a worker killed at every state of an application", () => {
  it("never submits twice, and never re-clicks a recorded click", async () => {
    const sql = db.sql;
    await sql`update app.apply_settings set window_start = '00:00', window_minutes = 1440, spread = false`;
    const user = await makeApplyUser(sql, { storage, dailyLimit: 25 });
    await answerKnockouts(sql, user);
    const rows: { id: string; job: string; state: (typeof STATES)[number] }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const state of STATES) {
        const job = `crash-${state}-${round}`.replace(/_/g, "-");
        const jobId = await makeApplyJob(sql, { url: `${sandbox.url}/boards/paywiz/jobs/${job}` });
        const [a] = await sql<{ id: string }[]>`
          insert into job_applications (user_id, job_id, method, auto_status)
          values (${user}, ${jobId}, 'auto', 'approved') returning id`;
        rows.push({ id: a!.id, job, state });
        const w = startWorker(state);
        const exit = await Promise.race([
          w.exited,
          new Promise<null>((r) => setTimeout(() => r(null), 45_000)),
        ]);
        if (!exit) w.child.kill("SIGKILL");
        killTaggedBrowsers();
        expect(exit?.signal, w.output()).toBe("SIGKILL");
        const [row] =
          await sql`select auto_status, lease_status from job_applications where id = ${a!.id}`;
        expect(row).toMatchObject({ auto_status: "applying", lease_status: "running" });
      }
    }
    // Every dead worker's lease runs out (time travel), then a healthy worker takes over.
    await sql`update job_applications set locked_until = now() - interval '1 second' where lease_status = 'running'`;
    const w = startWorker();
    try {
      await waitFor(
        "every crashed application settled",
        async () => {
          const open = await sql`select 1 from job_applications where user_id = ${user}
                                   and (auto_status in ('approved', 'applying') or lease_status <> 'done')`;
          return open.length === 0 ? true : null;
        },
        60_000,
      );
    } finally {
      w.child.kill("SIGTERM");
      await w.exited;
      killTaggedBrowsers();
    }
    let submittedRows = 0;
    for (const r of rows) {
      const subs = await received(r.job);
      const [row] = await sql`select auto_status, receipt from job_applications where id = ${r.id}`;
      expect(subs.length, r.job).toBeLessThanOrEqual(1);
      if (r.state === "before_fill" || r.state === "mid_fill") {
        // Nothing was sent before the crash: the retry applies, once.
        expect(row!.auto_status, r.job).toBe("submitted");
        expect(subs, r.job).toHaveLength(1);
      } else {
        // A click was recorded: a person checks; the worker never clicks again.
        expect(row!.auto_status, r.job).toBe("needs_review");
        expect(subs, r.job).toHaveLength(r.state === "after_submit" ? 1 : 0);
      }
      if (row!.auto_status === "submitted") submittedRows++;
    }
    expect(submittedRows).toBe(ROUNDS * 2);
    const [u] = await sql`select applies_today from users where id = ${user}`;
    expect(u!.applies_today).toBe(ROUNDS * 2);
  }, 240_000);
});
