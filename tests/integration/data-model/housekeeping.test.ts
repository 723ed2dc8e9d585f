import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { makeJob, makeUser } from "./fixtures.ts";

// The pure-SQL jobs of the day's schedule, each called directly for a chosen instant.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

const one = async <T>(q: Promise<T[]>) => (await q)[0]!;

describe("the day's housekeeping functions", () => {
  it("enqueues one scheduled scrape run per IST day", async () => {
    // 14:30 UTC = 20:00 IST on 1 March; 19:00 UTC is 00:30 IST on 2 March.
    const first = await one(db.sql`select app.enqueue_scrape_run('2027-03-01T14:30:00Z') as id`);
    const again = await one(db.sql`select app.enqueue_scrape_run('2027-03-01T14:31:00Z') as id`);
    const next = await one(db.sql`select app.enqueue_scrape_run('2027-03-01T19:00:00Z') as id`);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.id).toBeNull();
    expect(next.id).toMatch(/^[0-9a-f-]{36}$/);
    const runs = await db.sql`select run_date::text as day, status from scrape_runs
                              where trigger = 'schedule' order by run_date`;
    expect(runs).toEqual([
      { day: "2027-03-01", status: "pending" },
      { day: "2027-03-02", status: "pending" },
    ]);
  });

  it("resets daily counters", async () => {
    const user = await makeUser(db.sql);
    await db.sql`update users set applies_today = 7, applies_this_month = 40 where id = ${user}`;
    await db.sql`select app.reset_daily_counters()`;
    expect(
      await one(db.sql`select applies_today, applies_this_month from users where id = ${user}`),
    ).toEqual({ applies_today: 0, applies_this_month: 40 });
  });

  it("resets monthly counters only when it is the 1st in IST", async () => {
    const user = await makeUser(db.sql);
    await db.sql`update users set applies_this_month = 40 where id = ${user}`;
    // 30 Jan 18:30 UTC = 31 Jan 00:00 IST: not the 1st.
    await db.sql`select app.reset_monthly_counters('2027-01-30T18:30:00Z')`;
    expect(
      (await one(db.sql`select applies_this_month from users where id = ${user}`))
        .applies_this_month,
    ).toBe(40);
    // 31 Jan 18:30 UTC = 1 Feb 00:00 IST.
    await db.sql`select app.reset_monthly_counters('2027-01-31T18:30:00Z')`;
    expect(
      (await one(db.sql`select applies_this_month from users where id = ${user}`))
        .applies_this_month,
    ).toBe(0);
  });

  it("marks weekly intelligence stale for onboarded users", async () => {
    const onboarded = await makeUser(db.sql);
    const fresh = await makeUser(db.sql);
    await db.sql`update users set skill_gap_stale = false, career_intel_stale = false,
                 onboarding_completed = (id = ${onboarded}) where id in (${onboarded}, ${fresh})`;
    await db.sql`select app.reset_weekly()`;
    const rows = await db.sql`select id, skill_gap_stale, career_intel_stale from users
                              where id in (${onboarded}, ${fresh})`;
    expect(rows.find((r) => r.id === onboarded)).toMatchObject({
      skill_gap_stale: true,
      career_intel_stale: true,
    });
    expect(rows.find((r) => r.id === fresh)).toMatchObject({ skill_gap_stale: false });
  });

  it("downgrades expired subscriptions to free and tells the user", async () => {
    const expired = await makeUser(db.sql);
    const active = await makeUser(db.sql);
    await db.sql`update users set tier = 'professional', auto_apply_enabled = true,
                 subscription_expires_at = now() - interval '1 hour' where id = ${expired}`;
    await db.sql`update users set tier = 'student', auto_apply_enabled = true,
                 subscription_expires_at = now() + interval '3 days' where id = ${active}`;
    expect((await one(db.sql`select app.expire_subscriptions() as n`)).n).toBe(1);
    expect((await one(db.sql`select app.expire_subscriptions() as n`)).n).toBe(0);
    const users = await db.sql`select id, tier, auto_apply_enabled from users
                               where id in (${expired}, ${active})`;
    expect(users.find((u) => u.id === expired)).toMatchObject({
      tier: "free",
      auto_apply_enabled: false,
    });
    expect(users.find((u) => u.id === active)).toMatchObject({
      tier: "student",
      auto_apply_enabled: true,
    });
    const told = await db.sql`select type from notifications where user_id = ${expired}`;
    expect(told).toEqual([{ type: "subscription.expired" }]);
  });

  it("deactivates jobs unseen for 14 days", async () => {
    const stale = await makeJob(db.sql, { lastSeenAt: new Date(Date.now() - 15 * 86_400_000) });
    const recent = await makeJob(db.sql, { lastSeenAt: new Date(Date.now() - 13 * 86_400_000) });
    await db.sql`select app.deactivate_stale_jobs()`;
    const jobs = await db.sql`select id, is_active from jobs where id in (${stale}, ${recent})`;
    expect(jobs.find((j) => j.id === stale)?.is_active).toBe(false);
    expect(jobs.find((j) => j.id === recent)?.is_active).toBe(true);
  });

  it("purges expired notifications, signals, scores and old logs, keeping the rest", async () => {
    const user = await makeUser(db.sql);
    const job = await makeJob(db.sql);
    const job2 = await makeJob(db.sql);
    await db.sql`insert into notifications (user_id, channel, type, title, body, expires_at) values
      (${user}, 'dashboard', 'a', 'old', 'old', now() - interval '1 day'),
      (${user}, 'dashboard', 'a', 'new', 'new', now() + interval '1 day')`;
    await db.sql`insert into learning_signals (user_id, signal, expires_at) values
      (${user}, 'applied', now() - interval '1 day'), (${user}, 'offer', now() + interval '1 day')`;
    await db.sql`insert into job_fit_scores (user_id, job_id, score, recommendation, model_version, expires_at)
      values (${user}, ${job}, 50, 'consider', 'v', now() - interval '1 day'),
             (${user}, ${job2}, 50, 'consider', 'v', now() + interval '1 day')`;
    await db.sql`insert into agent_logs (run_id, agent, status, created_at) values
      (gen_random_uuid(), 'a', 'success', now() - interval '31 days'),
      (gen_random_uuid(), 'a', 'success', now() - interval '1 day')`;
    await db.sql`insert into dispatch_outbox (target, status, created_at) values
      ('agents/a', 'done', now() - interval '8 days'), ('agents/a', 'pending', now() - interval '8 days')`;
    const purged = await one(db.sql`select app.purge_expired() as counts`);
    expect(purged.counts).toMatchObject({
      notifications: 1,
      learning_signals: 1,
      job_fit_scores: 1,
      agent_logs: 1,
      dispatch_outbox: 1,
    });
    const left = await one(db.sql`
      select (select count(*) from notifications where user_id = ${user})::int as notifications,
             (select count(*) from learning_signals where user_id = ${user})::int as signals,
             (select count(*) from job_fit_scores where user_id = ${user})::int as scores,
             (select count(*) from dispatch_outbox where status = 'pending')::int as pending`);
    expect(left).toEqual({ notifications: 1, signals: 1, scores: 1, pending: 1 });
  });
});

describe("reference data", () => {
  it("seeds the plans in paise with 18% GST", async () => {
    const plans =
      await db.sql`select id, price_paise, gst_bps, total_paise from plans order by price_paise`;
    expect(plans).toEqual([
      { id: "free", price_paise: 0, gst_bps: 0, total_paise: 0 },
      { id: "student", price_paise: 9900, gst_bps: 1800, total_paise: 11682 },
      { id: "professional", price_paise: 39900, gst_bps: 1800, total_paise: 47082 },
    ]);
  });

  it("seeds the model weights and keeps each inside its range", async () => {
    const rows = await db.sql<{ key: string; value: string; min: string; max: string }[]>`
      select key, value, min, max from model_weights order by key`;
    const byKey = Object.fromEntries(rows.map((r) => [r.key, [r.value, r.min, r.max].map(Number)]));
    expect(byKey).toMatchObject({
      "fit.weight.skills": [0.35, expect.any(Number), expect.any(Number)],
      "fit.weight.experience": [0.25, expect.any(Number), expect.any(Number)],
      "fit.weight.demand": [0.25, expect.any(Number), expect.any(Number)],
      "fit.weight.salary": [0.2, expect.any(Number), expect.any(Number)],
      "fit.threshold.store": [40, 30, 55],
      "fit.threshold.recommend": [75, 60, 85],
      "fit.bonus.tailored": [5, expect.any(Number), expect.any(Number)],
      "fit.bonus.dream_company": [10, expect.any(Number), expect.any(Number)],
    });
    await expect(
      db.sql`update model_weights set value = 90 where key = 'fit.threshold.recommend'`,
    ).rejects.toMatchObject({ code: "23514" });
  });
});
