/**
 * The applying loop end to end: Postgres rows in, a real browser against the sandbox forms,
 * rows, receipts, counters, notifications and screenshots out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/index.ts";
import type { FormSubmission } from "../../../sandbox/forms/index.ts";
import { createLogger } from "../../../shared/log/logger.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { parseVaultKeys, sealSession, type VaultKeyring } from "../../../shared/vault/index.ts";
import { ApplyBrowser } from "../../../worker-exec/src/apply/apply-browser.ts";
import { createApplyLoop } from "../../../worker-exec/src/apply/apply-loop.ts";
import { checkSessions, parseCheckUrls } from "../../../worker-exec/src/session-health/index.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";
import {
  answer,
  answerKnockouts,
  applyWindowAlways,
  makeApplyJob,
  makeApplyUser,
  score,
  tempStorage,
} from "../../integration/apply/seed.ts";

let db: TestDatabase;
let sandbox: RunningSandbox;
let browser: ApplyBrowser;
let storage: Storage;
let cleanup: () => Promise<void>;
let keys: VaultKeyring;
const logger = createLogger({ name: "worker-exec", level: "error" });

beforeAll(async () => {
  db = await createTestDatabase();
  await applyWindowAlways(db.sql);
  sandbox = await startSandbox();
  browser = new ApplyBrowser();
  ({ storage, cleanup } = await tempStorage());
  keys = await parseVaultKeys(testSecrets().VAULT_KEYS);
});
afterAll(async () => {
  await browser.close();
  await sandbox.close();
  await cleanup();
  await db.drop();
});

const loop = () =>
  createApplyLoop({
    sql: db.sql,
    logger,
    storage,
    browser,
    worker: "test-worker:apply",
    vault: async () => keys,
    leaseMs: 60_000,
    idleMs: 100,
    fieldTimeoutMs: 2_000,
    confirmTimeoutMs: 5_000,
  });
const tick = () => loop().tick(new AbortController().signal);

async function received(form: string, job: string): Promise<FormSubmission[]> {
  const res = await fetch(`${sandbox.url}/__forms/submissions?form=${form}&job=${job}`);
  return ((await res.json()) as { submissions: FormSubmission[] }).submissions;
}

async function application(userId: string) {
  const [row] = await db.sql`select * from job_applications where user_id = ${userId}`;
  return row!;
}

async function connect(
  userId: string,
  platform: string,
  cookies: { name: string; value: string }[],
) {
  const host = new URL(sandbox.url).hostname;
  const sealed = await sealSession(
    keys,
    { cookies: cookies.map((c) => ({ ...c, domain: host })) },
    { userId, platform },
  );
  await db.sql`
    insert into user_connections (user_id, platform, session_encrypted, session_iv, key_version, estimated_expires_at)
    values (${userId}, ${platform}, ${sealed.session_encrypted}, ${sealed.session_iv}, ${sealed.key_version},
            now() + interval '20 days')`;
}

describe("the apply loop", () => {
  it("queues, applies once and keeps a receipt with screenshots and counters", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { storage });
    await answerKnockouts(sql, u);
    const job = await makeApplyJob(sql, { url: `${sandbox.url}/boards/paywiz/jobs/wl-1` });
    await score(sql, u, job, 91);
    expect((await sql`select app.queue_applications(${u}) as n`)[0]!.n).toBe(1);
    expect(await tick()).toBe(true);
    const row = await application(u);
    expect(row).toMatchObject({
      auto_status: "submitted",
      status: "applied",
      lease_status: "done",
    });
    expect(row.receipt.url).toBe(`${sandbox.url}/boards/paywiz/jobs/wl-1`);
    expect(row.receipt.filled).toContainEqual(
      expect.objectContaining({ label: "What is your notice period (in days)?", value: "30" }),
    );
    expect(row.receipt.files).toEqual([
      expect.objectContaining({ name: "Priya_Sharma_Resume.pdf" }),
    ]);
    expect(Date.parse(row.receipt.attempt.submit_clicked_at)).toBeGreaterThan(0);
    expect(row.screenshot_paths).toHaveLength(2);
    for (const p of row.screenshot_paths as string[]) {
      expect(p).toMatch(/^screenshots\//);
      expect((await storage.get(p))?.length).toBeGreaterThan(1000);
    }
    const subs = await received("greenhouse", "wl-1");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.files[0]!.sha256).toBe(row.receipt.files[0].sha256);
    expect(
      (await sql`select applies_today, applies_this_month from users where id = ${u}`)[0],
    ).toMatchObject({
      applies_today: 1,
      applies_this_month: 1,
    });
    expect(
      (await sql`select type from notifications where user_id = ${u}`).map((n) => n.type),
    ).toContain("application.submitted");
    expect(await tick()).toBe(false);
    expect(await received("greenhouse", "wl-1")).toHaveLength(1);
  });

  it("review mode waits in queued until approved", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { storage, review: true });
    await answerKnockouts(sql, u);
    const job = await makeApplyJob(sql, { url: `${sandbox.url}/lever/finlyft/wl-2/apply` });
    await score(sql, u, job, 85);
    await sql`select app.queue_applications(${u})`;
    expect(await tick()).toBe(false);
    expect((await application(u)).auto_status).toBe("queued");
    expect(await received("lever", "wl-2")).toHaveLength(0);
    await sql`update job_applications set auto_status = 'approved' where user_id = ${u}`;
    expect(await tick()).toBe(true);
    expect((await application(u)).auto_status).toBe("submitted");
    expect(await received("lever", "wl-2")).toHaveLength(1);
  });

  it("a knock-out without a fact ends needs_input with a notification, and the answer resumes it", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { storage });
    await answerKnockouts(sql, u);
    await sql`delete from application_answers where user_id = ${u} and question_key = 'relocation'`;
    const job = await makeApplyJob(sql, { url: `${sandbox.url}/boards/paywiz/jobs/wl-relocate-3` });
    await sql`insert into job_applications (user_id, job_id, method, auto_status) values (${u}, ${job}, 'auto', 'approved')`;
    expect(await tick()).toBe(true);
    let row = await application(u);
    expect(row).toMatchObject({ auto_status: "needs_input", lease_status: "done" });
    expect(row.receipt.pending_questions).toEqual([
      { key: "relocation:bengaluru", question: "Are you willing to relocate to Bengaluru?" },
    ]);
    const [note] =
      await sql`select data from notifications where user_id = ${u} and type = 'application.question' and channel = 'dashboard'`;
    expect(note!.data.question).toBe("Are you willing to relocate to Bengaluru?");
    expect(await received("greenhouse", "wl-relocate-3")).toHaveLength(0);
    await answer(sql, u, "relocation:bengaluru", "Yes");
    row = await application(u);
    expect(row).toMatchObject({ auto_status: "approved", lease_status: "pending" });
    expect(await tick()).toBe(true);
    expect((await application(u)).auto_status).toBe("submitted");
    const subs = await received("greenhouse", "wl-relocate-3");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.fields["job_application[answers][q_relocate]"]).toBe("Yes");
  });

  it("LinkedIn Easy Apply opens the sealed session in the user's own context", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { storage });
    await answerKnockouts(sql, u);
    await connect(u, "linkedin", [{ name: "li_at", value: "AQEDAworker0001" }]);
    const job = await makeApplyJob(sql, {
      source: "linkedin",
      easyApply: true,
      url: `${sandbox.url}/li/jobs/view/wl-4`,
    });
    await sql`insert into job_applications (user_id, job_id, method, auto_status) values (${u}, ${job}, 'auto', 'approved')`;
    expect(await tick()).toBe(true);
    const row = await application(u);
    expect(row.auto_status).toBe("submitted");
    expect(row.receipt.platform).toBe("linkedin");
    expect(JSON.stringify(row.receipt)).not.toContain("AQEDAworker0001");
    expect(await received("linkedin", "wl-4")).toHaveLength(1);
  });

  it("a session the portal rejects: failed_session, the connection invalid, auto-apply paused", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { storage });
    await connect(u, "linkedin", [{ name: "li_at", value: "expired" }]);
    const job = await makeApplyJob(sql, {
      source: "linkedin",
      easyApply: true,
      url: `${sandbox.url}/li/jobs/view/wl-5`,
    });
    await sql`insert into job_applications (user_id, job_id, method, auto_status) values (${u}, ${job}, 'auto', 'approved')`;
    expect(await tick()).toBe(true);
    expect((await application(u)).auto_status).toBe("failed_session");
    expect(
      (await sql`select auto_apply_paused from users where id = ${u}`)[0]!.auto_apply_paused,
    ).toBe(true);
    expect(
      (await sql`select is_valid from user_connections where user_id = ${u}`)[0]!.is_valid,
    ).toBe(false);
    const types = (await sql`select type from notifications where user_id = ${u}`).map(
      (n) => n.type,
    );
    expect(types).toEqual(expect.arrayContaining(["session.expired", "auto_apply.paused"]));
  });

  it("caps hold: with one application left today only one is sent", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { storage, dailyLimit: 5 });
    await answerKnockouts(sql, u);
    await sql`update users set applies_today = 4 where id = ${u}`;
    for (const id of ["wl-cap-1", "wl-cap-2", "wl-cap-3"]) {
      const job = await makeApplyJob(sql, { url: `${sandbox.url}/careers/capco/apply/${id}` });
      await sql`insert into job_applications (user_id, job_id, method, auto_status) values (${u}, ${job}, 'auto', 'approved')`;
    }
    for (let i = 0; i < 3; i++) await tick();
    const rows =
      await sql`select auto_status, lease_status, run_at from job_applications where user_id = ${u}`;
    expect(rows.filter((r) => r.auto_status === "submitted")).toHaveLength(1);
    for (const r of rows.filter((x) => x.auto_status !== "submitted")) {
      expect(r.auto_status).toBe("approved");
      expect(r.lease_status).toBe("pending");
      expect(r.run_at.getTime()).toBeGreaterThan(Date.now());
    }
    expect((await sql`select applies_today from users where id = ${u}`)[0]!.applies_today).toBe(5);
    const sent = (await received("generic", "")).filter((s) => s.job.startsWith("wl-cap"));
    expect(sent).toHaveLength(1);
  });
});

describe("session health", () => {
  it("checks each session on an authenticated page; three failed checks pause auto-apply", async () => {
    const sql = db.sql;
    const good = await makeApplyUser(sql);
    const bad = await makeApplyUser(sql);
    await connect(good, "linkedin", [{ name: "li_at", value: "AQEDAhealthy001" }]);
    await connect(bad, "linkedin", [{ name: "li_at", value: "logged-out" }]);
    const deps = {
      sql,
      logger,
      browser,
      vault: async () => keys,
      checkUrls: parseCheckUrls(`linkedin=${sandbox.url}/li/feed`),
      timeoutMs: 10_000,
    };
    for (let i = 0; i < 3; i++) await checkSessions(deps);
    const rows =
      await sql`select user_id, is_valid, consecutive_failures, last_checked_at from user_connections where user_id in (${good}, ${bad})`;
    const g = rows.find((r) => r.user_id === good)!;
    const b = rows.find((r) => r.user_id === bad)!;
    expect(g).toMatchObject({ is_valid: true, consecutive_failures: 0 });
    expect(g.last_checked_at).toBeInstanceOf(Date);
    expect(b).toMatchObject({ is_valid: false, consecutive_failures: 3 });
    expect(
      (await sql`select auto_apply_paused from users where id = ${bad}`)[0]!.auto_apply_paused,
    ).toBe(true);
    expect(
      (await sql`select auto_apply_paused from users where id = ${good}`)[0]!.auto_apply_paused,
    ).toBe(false);
  });
});
