import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agentHarness,
  FIXTURES,
  insertRawJob,
  jdFixtures,
  makeRun,
  onboardedUser,
  snapshot,
  type AgentHarness,
} from "./support.ts";

let h: AgentHarness;
const curatedUrls = new Set(
  (
    JSON.parse(
      readFileSync(`${FIXTURES}../../shared/intelligence/insights/learning-resources.json`, "utf8"),
    ) as { resources: { url: string }[] }[]
  ).flatMap((r) => r.resources.map((x) => x.url)),
);

beforeAll(async () => {
  h = await agentHarness();
  // Two weeks of market: last week's and this week's jobs, all cleaned.
  for (const [i, seen] of ["2026-11-12T10:00:00Z", "2026-11-20T10:00:00Z"].entries()) {
    const runId = await makeRun(h.sql);
    for (const f of jdFixtures().slice(i * 10)) {
      await insertRawJob(
        h,
        runId,
        { ...f.input, location: f.input.location ?? "Bengaluru" },
        {
          firstSeenAt: new Date(seen),
        },
      );
    }
    await h.call("jd-clean", { scrape_run_id: runId });
  }
  await h.sql`update scrape_runs set scoring_complete = true`;
});
afterAll(async () => {
  await h.db.drop();
});

const ALL = ["skill-gap", "career-intel", "fit-score"] as const;
const wake = (agent: string, userId: string) =>
  h.call(agent, { mode: "full_scan", user_id: userId }, { userId });

describe("skill-gap", () => {
  it("ranks the skills the user lacks by demand, with hours and curated resources only", async () => {
    const { userId } = await onboardedUser(h, "aarav-sharma-sde.pdf", { current_ctc_lpa: 18 });
    const reply = await wake("skill-gap", userId);
    expect(reply).toMatchObject({ status: "success", records_processed: 1, rows_written: 1 });
    const [row] = await h.sql`select * from skill_gap_results where user_id = ${userId}`;
    const [resume] = await h.sql`select parsed from resumes where user_id = ${userId}`;
    const have = new Set<string>(resume!.parsed.skills.ids);
    expect(row!.readiness_score).toBeGreaterThanOrEqual(0);
    expect(row!.readiness_score).toBeLessThanOrEqual(100);
    expect(row!.missing_skills.length).toBeGreaterThan(0);
    for (const gap of row!.missing_skills) {
      expect(have.has(gap.skill_id)).toBe(false);
      expect(gap.est_hours).toBeGreaterThan(0);
      for (const r of gap.resources) expect(curatedUrls.has(r.url)).toBe(true);
    }
    const demands = row!.missing_skills.map((g: { score: number }) => g.score);
    expect(demands).toEqual([...demands].sort((a, b) => b - a));
    for (const m of row!.matched_skills) expect(have.has(m.skill_id)).toBe(true);
    expect(row!.learning_plan[0]).toMatchObject({ step: 1, start_week: 1 });
    const [u] = await h.sql`select skill_gap_stale from users where id = ${userId}`;
    expect(u!.skill_gap_stale).toBe(false);

    // Twice: nothing changes; stale again with the same market: no new row either.
    const before = await snapshot(h.sql, ["skill_gap_results", "users"]);
    expect((await wake("skill-gap", userId)).status).toBe("skipped");
    expect(await snapshot(h.sql, ["skill_gap_results", "users"])).toBe(before);
    await h.sql`update users set skill_gap_stale = true where id = ${userId}`;
    expect(await wake("skill-gap", userId)).toMatchObject({ status: "success", rows_written: 0 });
    expect(await h.sql`select 1 from skill_gap_results where user_id = ${userId}`).toHaveLength(1);
  });
});

describe("career-intel", () => {
  it("scores the career 30/25/25/20 and stores salary bands from our own jobs", async () => {
    const { userId } = await onboardedUser(h, "aarav-sharma-sde.pdf", { current_ctc_lpa: 18 });
    const reply = await wake("career-intel", userId);
    expect(reply).toMatchObject({ status: "success", rows_written: 1 });
    const [row] = await h.sql`select * from career_intelligence where user_id = ${userId}`;
    const mp = row!.market_position;
    const parts = mp.parts;
    expect(parts.skills).toBeLessThanOrEqual(30);
    expect(parts.experience).toBeLessThanOrEqual(25);
    expect(parts.demand).toBeLessThanOrEqual(25);
    expect(parts.salary).toBeLessThanOrEqual(20);
    expect(
      Math.abs(mp.career_score - (parts.skills + parts.experience + parts.demand + parts.salary)),
    ).toBeLessThanOrEqual(1);
    expect(mp.demand).toMatchObject({
      this_week: expect.any(Number),
      last_week: expect.any(Number),
    });
    expect(mp.top_companies.length).toBeGreaterThan(0);
    expect(row!.summary).toMatch(/^Career score \d+\/100/);

    const bands = await h.sql`
      select role_family, city, exp_band, p25_inr, p50_inr, p75_inr, p90_inr, sample_size
        from salary_benchmarks`;
    expect(bands.length).toBeGreaterThan(0);
    for (const b of bands) {
      expect(b.p25_inr).toBeLessThanOrEqual(b.p50_inr);
      expect(b.p50_inr).toBeLessThanOrEqual(b.p75_inr);
      expect(b.p75_inr).toBeLessThanOrEqual(b.p90_inr);
    }
    if (row!.salary_insight.salary_known) {
      expect(row!.salary_insight.current_ctc_inr).toBe(1_800_000);
    }
    const before = await snapshot(h.sql, ["career_intelligence", "salary_benchmarks", "users"]);
    expect((await wake("career-intel", userId)).status).toBe("skipped");
    expect(await snapshot(h.sql, ["career_intelligence", "salary_benchmarks", "users"])).toBe(
      before,
    );
  });
});

describe("onboarding", () => {
  it("turns the dashboard on exactly once when all three have succeeded, even with retries", async () => {
    const { userId } = await onboardedUser(h, "priya-nair-data-analyst.pdf");
    // The first two succeed; the dashboard waits for the third.
    await wake("skill-gap", userId);
    await wake("career-intel", userId);
    let [u] = await h.sql`select dashboard_ready from users where id = ${userId}`;
    expect(u!.dashboard_ready).toBe(false);
    // Retries of the finished ones do nothing.
    await wake("skill-gap", userId);
    expect(await h.sql`select 1 from notifications where user_id = ${userId}`).toHaveLength(0);
    const last = await wake("fit-score", userId);
    expect(last.status).toBe("success");
    [u] = await h.sql`select dashboard_ready from users where id = ${userId}`;
    expect(u!.dashboard_ready).toBe(true);
    // And after it: every agent retried, and a sweep, still one notification.
    for (const agent of ALL) await wake(agent, userId);
    await h.call("fit-score", { mode: "sweep" });
    const notes = await h.sql`select type, channel from notifications where user_id = ${userId}`;
    expect(notes).toEqual([{ type: "onboarding.dashboard_ready", channel: "dashboard" }]);
  });

  it("stays exactly once when the three run concurrently, each delivered twice", async () => {
    const users = [];
    for (let i = 0; i < 4; i++)
      users.push((await onboardedUser(h, "siddharth-joshi-devops.pdf")).userId);
    await Promise.all(users.flatMap((id) => [...ALL, ...ALL].map((agent) => wake(agent, id))));
    const rows = await h.sql`
      select u.id, u.dashboard_ready,
             (select count(*)::int from notifications n where n.user_id = u.id) as notes
        from users u where u.id = any(${users}::uuid[])`;
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toMatchObject({ dashboard_ready: true, notes: 1 });
  });

  it("sweeps find stale users whose wake-up was lost", async () => {
    const { userId } = await onboardedUser(h, "karthik-iyer-qa-automation.pdf");
    expect((await h.call("skill-gap", { mode: "sweep" })).records_processed).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      (await h.call("career-intel", { mode: "sweep" })).records_processed,
    ).toBeGreaterThanOrEqual(1);
    await h.call("fit-score", { mode: "sweep" });
    const [u] = await h.sql`
      select skill_gap_stale, career_intel_stale, fit_scores_stale, dashboard_ready
        from users where id = ${userId}`;
    expect(u).toEqual({
      skill_gap_stale: false,
      career_intel_stale: false,
      fit_scores_stale: false,
      dashboard_ready: true,
    });
    expect(await h.sql`select 1 from notifications where user_id = ${userId}`).toHaveLength(1);
  });
});
