import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { applyWindowAlways, answer, makeApplyJob, makeApplyUser, score } from "./seed.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await applyWindowAlways(db.sql);
});
afterAll(async () => {
  await db.drop();
});

const reason = async (user: string, job: string | null = null, platform: string | null = null) => {
  const [r] = await db.sql<{ r: string | null }[]>`
    select app.apply_eligibility(${user}, ${job}, ${platform}) as r`;
  return r!.r;
};

describe("app.apply_eligibility", () => {
  it("returns the first failing reason, in the documented order", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql);
    const job = await makeApplyJob(sql, { company: "Blocked Co" });
    expect(await reason(u, job, "greenhouse")).toBeNull();
    await sql`insert into user_company_prefs (user_id, company, company_canonical, kind)
              values (${u}, 'Blocked Co', 'blocked co', 'blacklist')`;
    expect(await reason(u, job, "greenhouse")).toBe("company_blacklisted");
    await sql`update users set applies_this_month = 250 where id = ${u}`;
    expect(await reason(u, job, "greenhouse")).toBe("monthly_cap");
    await sql`update users set applies_today = 10 where id = ${u}`;
    expect(await reason(u, job, "greenhouse")).toBe("daily_cap");
    expect(await reason(u, job, "linkedin")).toBe("session_invalid");
    await sql`update users set tier = 'free' where id = ${u}`;
    expect(await reason(u, job, "linkedin")).toBe("not_paid");
    await sql`update users set auto_apply_paused = true where id = ${u}`;
    expect(await reason(u, job, "linkedin")).toBe("paused");
    await sql`update users set auto_apply_enabled = false where id = ${u}`;
    expect(await reason(u, job, "linkedin")).toBe("auto_apply_off");
  });

  it("the student plan caps the daily limit at 10 whatever the user set", async () => {
    const u = await makeApplyUser(db.sql, { tier: "student", dailyLimit: 25 });
    await db.sql`update users set applies_today = 10 where id = ${u}`;
    expect(await reason(u)).toBe("daily_cap");
  });

  it("knows already-applied jobs and the apply window", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql);
    const job = await makeApplyJob(sql);
    await sql`insert into job_applications (user_id, job_id, method, status) values (${u}, ${job}, 'manual', 'applied')`;
    expect(await reason(u, job)).toBe("already_applied");
    await sql`update app.apply_settings set window_start = (now() at time zone 'Asia/Kolkata' + interval '2 hours')::time, window_minutes = 60`;
    try {
      expect(await reason(u)).toBe("outside_window");
      const [q] = await sql<
        { r: string | null }[]
      >`select app.apply_eligibility(${u}, null, null, now(), null, 'queue') as r`;
      expect(q!.r).toBeNull();
    } finally {
      await applyWindowAlways(sql);
    }
  });
});

describe("app.apply_slot", () => {
  it("spreads users over the window, stable per user and day, inside the window", async () => {
    const sql = db.sql;
    await sql`update app.apply_settings set window_start = '23:00', window_minutes = 420, spread = true, jitter_minutes = 0`;
    try {
      const at = new Date("2026-12-01T12:00:00Z"); // 17:30 IST: before the window
      const slots: number[] = [];
      for (let i = 0; i < 20; i++) {
        const u = crypto.randomUUID();
        const [a] = await sql<{ s: Date }[]>`select app.apply_slot(${u}, ${at}) as s`;
        const [b] = await sql<{ s: Date }[]>`select app.apply_slot(${u}, ${at}) as s`;
        expect(a!.s.getTime()).toBe(b!.s.getTime());
        slots.push(a!.s.getTime());
      }
      const start = new Date("2026-12-01T17:30:00Z").getTime(); // 23:00 IST
      for (const s of slots) {
        expect(s).toBeGreaterThanOrEqual(start);
        expect(s).toBeLessThan(start + 420 * 60_000);
      }
      expect(new Set(slots).size).toBeGreaterThan(10);
    } finally {
      await applyWindowAlways(sql);
      await sql`update app.apply_settings set jitter_minutes = 10`;
    }
  });
});

describe("app.queue_applications", () => {
  it("queues the best jobs over the threshold (dream +10) within what is left of the caps", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { dailyLimit: 5 });
    await sql`update users set applies_today = 2 where id = ${u}`;
    const jobs: Record<string, string> = {};
    for (const [name, s] of [
      ["a", 90],
      ["b", 80],
      ["c", 76],
      ["d", 74],
      ["e", 60],
      ["f", 70],
    ] as const) {
      jobs[name] = await makeApplyJob(sql, { company: `Co ${name}` });
      await score(sql, u, jobs[name]!, s);
    }
    await sql`insert into user_company_prefs (user_id, company, company_canonical, kind)
              values (${u}, 'Co f', 'co f', 'dream')`;
    const [r] = await sql<{ n: number }[]>`select app.queue_applications(${u}) as n`;
    expect(r!.n).toBe(3);
    const rows = await sql<{ job_id: string; auto_status: string; fit_score_at_apply: number }[]>`
      select job_id, auto_status, fit_score_at_apply from job_applications where user_id = ${u}`;
    expect(new Set(rows.map((x) => x.job_id))).toEqual(new Set([jobs.a, jobs.f, jobs.b]));
    expect(rows.every((x) => x.auto_status === "approved")).toBe(true);
    // Idempotent: nothing left under the cap, nothing doubled.
    const [again] = await sql<{ n: number }[]>`select app.queue_applications(${u}) as n`;
    expect(again!.n).toBe(0);
  });

  it("review mode leaves rows queued and unleased until approved", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { review: true });
    const job = await makeApplyJob(sql);
    await score(sql, u, job, 88);
    await sql`select app.queue_applications(${u})`;
    const [row] = await sql<{ id: string; auto_status: string; lease_status: string }[]>`
      select id, auto_status, lease_status from job_applications where user_id = ${u}`;
    expect(row).toMatchObject({ auto_status: "queued", lease_status: "idle" });
    // What POST /applications/:id/approve does.
    await sql`update job_applications set auto_status = 'approved' where id = ${row!.id}`;
    const [after] =
      await sql`select auto_status, lease_status from job_applications where id = ${row!.id}`;
    expect(after).toMatchObject({ auto_status: "approved", lease_status: "pending" });
  });

  it("skips users who are not eligible and jobs behind an invalid session", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql, { tier: "free" });
    const job = await makeApplyJob(sql);
    await score(sql, u, job, 95);
    expect((await sql<{ n: number }[]>`select app.queue_applications(${u}) as n`)[0]!.n).toBe(0);
    const v = await makeApplyUser(sql);
    const li = await makeApplyJob(sql, {
      source: "linkedin",
      easyApply: true,
      url: "https://www.linkedin.com/jobs/view/1",
    });
    await score(sql, v, li, 95);
    expect((await sql<{ n: number }[]>`select app.queue_applications(${v}) as n`)[0]!.n).toBe(0);
  });
});

describe("the at-most-once SQL", () => {
  async function claimed(sql = db.sql) {
    const u = await makeApplyUser(sql, { dailyLimit: 5 });
    const job = await makeApplyJob(sql);
    const [a] = await sql<{ id: string }[]>`
      insert into job_applications (user_id, job_id, method, auto_status) values (${u}, ${job}, 'auto', 'approved') returning id`;
    await sql`update job_applications set lease_status = 'running', locked_by = 'w1', locked_until = now() + interval '1 minute' where id = ${a!.id}`;
    return { user: u, id: a!.id };
  }

  it("a recorded click without a confirmation becomes needs_review on the next claim, never applying again", async () => {
    const sql = db.sql;
    const { id } = await claimed();
    const attempt = crypto.randomUUID();
    expect(
      (
        await sql`select app.apply_begin(${id}, 'w1', ${attempt}, 'greenhouse', 'http://x') as r`
      )[0]!.r,
    ).toBe("proceed");
    expect((await sql`select app.apply_mark_click(${id}, 'w1', ${attempt}) as r`)[0]!.r).toBeNull();
    // The worker dies; the lease expires; another worker claims the row.
    await sql`update job_applications set locked_until = now() - interval '1 second' where id = ${id}`;
    const [claim] = await sql<{ row: { id: string } }[]>`
      select row from app.lease_claim('public.job_applications', 'w2', 5, interval '1 minute',
                                      jsonb_build_object('id', ${id}::uuid)) row`;
    expect(claim!.row.id).toBe(id);
    expect(
      (
        await sql`select app.apply_begin(${id}, 'w2', ${crypto.randomUUID()}, 'greenhouse', 'http://x') as r`
      )[0]!.r,
    ).toBe("needs_review");
    const [row] =
      await sql`select auto_status, lease_status from job_applications where id = ${id}`;
    expect(row).toMatchObject({ auto_status: "needs_review", lease_status: "done" });
  });

  it("records submitted, receipt and counters in one step, and refuses a stale attempt", async () => {
    const sql = db.sql;
    const { id, user } = await claimed();
    const attempt = crypto.randomUUID();
    await sql`select app.apply_begin(${id}, 'w1', ${attempt}, 'greenhouse', 'http://x')`;
    await sql`select app.apply_mark_click(${id}, 'w1', ${attempt})`;
    expect(
      (
        await sql`select app.apply_record_submitted(${id}, ${crypto.randomUUID()}, '{}', '{}') as ok`
      )[0]!.ok,
    ).toBe(false);
    expect(
      (
        await sql`select app.apply_record_submitted(${id}, ${attempt}, '{"filled": []}', '{screenshots/a.png}') as ok`
      )[0]!.ok,
    ).toBe(true);
    const [row] =
      await sql`select auto_status, status, lease_status, receipt, screenshot_paths from job_applications where id = ${id}`;
    expect(row).toMatchObject({
      auto_status: "submitted",
      status: "applied",
      lease_status: "done",
    });
    expect(Date.parse(row!.receipt.attempt.submit_clicked_at)).toBeGreaterThan(0);
    const [u] = await sql`select applies_today, applies_this_month from users where id = ${user}`;
    expect(u).toMatchObject({ applies_today: 1, applies_this_month: 1 });
  });

  it("the click guard holds the daily cap, counting in-doubt clicks", async () => {
    const sql = db.sql;
    const { id, user } = await claimed();
    await sql`update users set applies_today = 4 where id = ${user}`;
    const job2 = await makeApplyJob(sql);
    const [b] = await sql<{ id: string }[]>`
      insert into job_applications (user_id, job_id, method, auto_status) values (${user}, ${job2}, 'auto', 'approved') returning id`;
    await sql`update job_applications set lease_status = 'running', locked_by = 'w1', locked_until = now() + interval '1 minute' where id = ${b!.id}`;
    const a1 = crypto.randomUUID();
    const a2 = crypto.randomUUID();
    await sql`select app.apply_begin(${id}, 'w1', ${a1}, 'greenhouse', 'http://x')`;
    await sql`select app.apply_begin(${b!.id}, 'w1', ${a2}, 'greenhouse', 'http://x')`;
    expect((await sql`select app.apply_mark_click(${id}, 'w1', ${a1}) as r`)[0]!.r).toBeNull();
    expect((await sql`select app.apply_mark_click(${b!.id}, 'w1', ${a2}) as r`)[0]!.r).toBe(
      "daily_cap",
    );
  });

  it("a lease that dies after a click goes to needs_review; before a click to failed_not_found", async () => {
    const sql = db.sql;
    const { id } = await claimed();
    const attempt = crypto.randomUUID();
    await sql`select app.apply_begin(${id}, 'w1', ${attempt}, 'greenhouse', 'http://x')`;
    await sql`select app.apply_mark_click(${id}, 'w1', ${attempt})`;
    await sql`update job_applications set attempts = max_attempts, locked_until = now() - interval '1 second' where id = ${id}`;
    await sql`select app.lease_reap('public.job_applications')`;
    expect(
      (await sql`select auto_status from job_applications where id = ${id}`)[0]!.auto_status,
    ).toBe("needs_review");
  });
});

describe("needs_input resumes when the user answers", () => {
  it("goes back to approved (lease armed) once every pending question has a user answer", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql);
    const job = await makeApplyJob(sql);
    const [a] = await sql<{ id: string }[]>`
      insert into job_applications (user_id, job_id, method, auto_status, lease_status, receipt)
      values (${u}, ${job}, 'auto', 'needs_input', 'done',
              '{"pending_questions": [{"key": "relocation:pune", "question": "Relocate to Pune?"}, {"key": "criminal_record", "question": "Any conviction?"}]}')
      returning id`;
    await answer(sql, u, "relocation:pune", "Yes");
    expect(
      (await sql`select auto_status from job_applications where id = ${a!.id}`)[0]!.auto_status,
    ).toBe("needs_input");
    await answer(sql, u, "criminal_record", "No");
    const [row] =
      await sql`select auto_status, lease_status from job_applications where id = ${a!.id}`;
    expect(row).toMatchObject({ auto_status: "approved", lease_status: "pending" });
  });
});

describe("session expiry", () => {
  it("warns at 7, 3 and 1 days once each, then invalidates and pauses auto-apply", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql);
    const now = new Date("2026-12-01T14:00:00Z");
    await sql`insert into user_connections (user_id, platform, session_encrypted, session_iv, estimated_expires_at)
              values (${u}, 'linkedin', 'c2VhbGVk', 'aXY=', ${new Date(now.getTime() + 6.5 * 86_400_000)})`;
    const sweep = async (at: Date) =>
      (await sql`select app.session_expiry_sweep(${at}) as r`)[0]!.r;
    expect(await sweep(now)).toMatchObject({ warned: 1 });
    expect(await sweep(now)).toMatchObject({ warned: 0 });
    expect(await sweep(new Date(now.getTime() + 4 * 86_400_000))).toMatchObject({ warned: 1 });
    expect(await sweep(new Date(now.getTime() + 6 * 86_400_000))).toMatchObject({ warned: 1 });
    expect(await sweep(new Date(now.getTime() + 7 * 86_400_000))).toMatchObject({ expired: 1 });
    const notes = await sql<{ type: string; data: { days_left?: number } }[]>`
      select type, data from notifications where user_id = ${u} and channel = 'dashboard' order by created_at, type`;
    expect(notes.filter((n) => n.type === "session.expiring").map((n) => n.data.days_left)).toEqual(
      [7, 3, 1],
    );
    expect(notes.map((n) => n.type)).toContain("session.expired");
    const [user] = await sql`select auto_apply_paused from users where id = ${u}`;
    expect(user!.auto_apply_paused).toBe(true);
    const [c] = await sql`select is_valid from user_connections where user_id = ${u}`;
    expect(c!.is_valid).toBe(false);
  });

  it("three failed applies in a row on a platform invalidate the session and pause", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql);
    await sql`insert into user_connections (user_id, platform, session_encrypted, session_iv) values (${u}, 'naukri', 'c2VhbGVk', 'aXY=')`;
    for (const expected of [false, false, true]) {
      expect((await sql`select app.apply_record_platform_failure(${u}, 'naukri') as p`)[0]!.p).toBe(
        expected,
      );
    }
    expect(
      (await sql`select auto_apply_paused from users where id = ${u}`)[0]!.auto_apply_paused,
    ).toBe(true);
  });
});
