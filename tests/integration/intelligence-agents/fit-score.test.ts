import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USERS_PER_CHUNK } from "../../../functions/agents/agents/fit-score.ts";
import { fitLabel } from "../../../shared/intelligence/index.ts";
import {
  agentHarness,
  cloneUsers,
  insertRawJob,
  jdFixtures,
  makeRun,
  onboardedUser,
  snapshot,
  type AgentHarness,
} from "./support.ts";

let h: AgentHarness;
let user: string;
let oldRun: string;

/** A scraped and cleaned run: every JD fixture, again under new fingerprints. */
async function cleanedRun(firstSeenAt: Date): Promise<string> {
  const runId = await makeRun(h.sql);
  for (const f of jdFixtures()) {
    await insertRawJob(
      h,
      runId,
      { ...f.input, location: f.input.location ?? "Bengaluru" },
      { firstSeenAt },
    );
  }
  const reply = await h.call("jd-clean", { scrape_run_id: runId });
  expect(reply.completed_runs).toEqual([runId]);
  return runId;
}

const scores = (userId: string) => h.sql`
  select s.job_id, s.score, s.label, s.recommendation, s.matched_skills, s.missing_skills,
         s.reasons, s.components, s.model_version, s.computed_at,
         (select coalesce(array_agg(k.skill_id order by k.skill_id), '{}') from job_skills k
           where k.job_id = s.job_id and k.importance = 'required') as required
    from job_fit_scores s where s.user_id = ${userId} order by s.job_id`;

beforeAll(async () => {
  h = await agentHarness();
  oldRun = await cleanedRun(new Date("2026-11-20T15:00:00Z"));
  await h.sql`update scrape_runs set scoring_complete = true where id = ${oldRun}`;
  ({ userId: user } = await onboardedUser(h, "aarav-sharma-sde.pdf"));
});
afterAll(async () => {
  await h.db.drop();
});

describe("fit-score full scan", () => {
  it("scores a stale user against every active job, storing only scores over the threshold", async () => {
    const reply = await h.call("fit-score", { mode: "full_scan", user_id: user }, { userId: user });
    expect(reply).toMatchObject({ status: "success", mode: "full_scan", more: false });
    const rows = await scores(user);
    expect(rows.length).toBeGreaterThan(0);
    expect(reply.records_processed).toBe(rows.length);
    expect(reply.pairs_scored as number).toBeGreaterThanOrEqual(rows.length);
    for (const r of rows) {
      expect(r.score).toBeGreaterThanOrEqual(40);
      expect(r.label).toBe(fitLabel(r.score));
      expect(["apply", "consider"]).toContain(r.recommendation);
      expect([...r.matched_skills, ...r.missing_skills].sort()).toEqual(r.required);
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(Object.keys(r.components).sort()).toEqual(
        ["company", "demand", "experience", "location", "salary", "seniority", "skills"].sort(),
      );
      expect(r.model_version).toBe("fit-1:0.35/0.25/0.25/0.2:40/75/10/35");
    }
    const [u] = await h.sql`select fit_scores_stale from users where id = ${user}`;
    expect(u!.fit_scores_stale).toBe(false);
    const [cursor] =
      await h.sql`select last_full_scan_at, model_version from user_fit_score_cursors where user_id = ${user}`;
    expect(cursor!.last_full_scan_at).toEqual(h.clock.now());
  });

  it("changes nothing the second time, and a rescan rewrites no unchanged score", async () => {
    const before = await snapshot(h.sql, ["job_fit_scores", "users", "user_fit_score_cursors"]);
    expect((await h.call("fit-score", { mode: "full_scan", user_id: user })).status).toBe(
      "skipped",
    );
    expect(await snapshot(h.sql, ["job_fit_scores", "users", "user_fit_score_cursors"])).toBe(
      before,
    );

    const scoresBefore = await snapshot(h.sql, ["job_fit_scores"]);
    h.clock.advance(3_600_000);
    await h.sql`update users set fit_scores_stale = true where id = ${user}`;
    expect((await h.call("fit-score", { mode: "full_scan", user_id: user })).status).toBe(
      "success",
    );
    expect(await snapshot(h.sql, ["job_fit_scores"])).toBe(scoresBefore);
  });

  it("reads its weights from model_weights, and a rescan drops scores that no longer qualify", async () => {
    const all = await scores(user);
    await h.sql`update model_weights set value = 55 where key = 'fit.threshold.store'`;
    try {
      await h.sql`update users set fit_scores_stale = true where id = ${user}`;
      await h.call("fit-score", { mode: "full_scan", user_id: user });
      const kept = await scores(user);
      expect(kept.length).toBe(all.filter((r) => r.score >= 55).length);
      expect(kept.every((r) => r.model_version === "fit-1:0.35/0.25/0.25/0.2:55/75/10/35")).toBe(
        true,
      );
    } finally {
      await h.sql`update model_weights set value = 40 where key = 'fit.threshold.store'`;
      await h.sql`update users set fit_scores_stale = true where id = ${user}`;
      await h.call("fit-score", { mode: "full_scan", user_id: user });
    }
    expect((await scores(user)).length).toBe(all.length);
  });

  it("never scores a blacklisted company", async () => {
    const [top] = await h.sql<{ company: string; company_canonical: string }[]>`
      select j.company, j.company_canonical from job_fit_scores s join jobs j on j.id = s.job_id
       where s.user_id = ${user} order by s.score desc limit 1`;
    await h.sql`insert into user_company_prefs (user_id, company, company_canonical, kind)
                values (${user}, ${top!.company}, ${top!.company_canonical}, 'blacklist')`;
    await h.sql`update users set fit_scores_stale = true where id = ${user}`;
    await h.call("fit-score", { mode: "full_scan", user_id: user });
    const left = await h.sql`
      select 1 from job_fit_scores s join jobs j on j.id = s.job_id
       where s.user_id = ${user} and j.company_canonical = ${top!.company_canonical}`;
    expect(left).toHaveLength(0);
    await h.sql`delete from user_company_prefs where user_id = ${user}`;
  });
});

describe("fit-score delta", () => {
  it("scores a run's new jobs for every user in bounded chunks, then completes the run once", async () => {
    const others = await cloneUsers(h.sql, user, 320);
    const runId = await cleanedRun(new Date("2026-11-23T14:00:00Z"));
    // A starved call still scores one chunk of users, leaves the run open and wakes itself.
    const first = await h.call(
      "fit-score",
      { mode: "delta", scrape_run_id: runId },
      { budgetMs: 1 },
    );
    expect(first).toMatchObject({
      status: "success",
      more: true,
      users: USERS_PER_CHUNK,
      scoring_complete: false,
    });
    const [open] = await h.sql`select scoring_complete from scrape_runs where id = ${runId}`;
    expect(open!.scoring_complete).toBe(false);
    const [wake] = await h.sql<{ payload: { after_user_id: string } }[]>`
      select payload from dispatch_outbox
       where target = 'agents/fit-score' and payload ->> 'after_user_id' is not null`;
    expect(wake!.payload).toMatchObject({ mode: "delta", scrape_run_id: runId });

    let reply = first;
    let users = first.users as number;
    while (reply.more) {
      const payload = (
        await h.sql<{ payload: Record<string, unknown> }[]>`
          select payload from dispatch_outbox where target = 'agents/fit-score'
           order by created_at desc limit 1`
      )[0]!.payload;
      reply = await h.call("fit-score", payload, { budgetMs: 1 });
      users += reply.users as number;
    }
    expect(users).toBe(321);
    expect(reply.scoring_complete).toBe(true);
    const [done] = await h.sql`select scoring_complete from scrape_runs where id = ${runId}`;
    expect(done!.scoring_complete).toBe(true);
    const queued =
      await h.sql`select payload from dispatch_outbox where target = 'worker-exec/queue-applications'`;
    expect(queued).toEqual([{ payload: { scrape_run_id: runId } }]);

    // Every clone got the same scores for the run's jobs as the original user.
    const [spread] = await h.sql<{ users: number; per_user: number[] }[]>`
      select count(distinct s.user_id)::int as users,
             array_agg(distinct n)::int[] as per_user
        from (select s.user_id, count(*) as n from job_fit_scores s join jobs j on j.id = s.job_id
               where j.first_run_id = ${runId} group by s.user_id) s`;
    expect(spread!.users).toBe(321);
    expect(spread!.per_user).toHaveLength(1);
    expect(others).toHaveLength(320);

    const before = await snapshot(h.sql, ["job_fit_scores", "scrape_runs", "dispatch_outbox"]);
    const again = await h.call("fit-score", { mode: "delta", scrape_run_id: runId });
    expect(again.status).toBe("skipped");
    expect(await snapshot(h.sql, ["job_fit_scores", "scrape_runs", "dispatch_outbox"])).toBe(
      before,
    );
  });

  it("a sweep full-scans stale users and wakes the delta of a cleaned but unscored run", async () => {
    const { userId: fresh } = await onboardedUser(h, "lakshmi-venkat-frontend.pdf");
    const runId = await makeRun(h.sql);
    await h.sql`update scrape_runs set jd_clean_complete = true where id = ${runId}`;
    const reply = await h.call("fit-score", { mode: "sweep" });
    expect(reply).toMatchObject({ status: "success", users_scanned: 1, runs_woken: 1 });
    const [u] = await h.sql`select fit_scores_stale from users where id = ${fresh}`;
    expect(u!.fit_scores_stale).toBe(false);
    const woken = await h.sql`
      select 1 from dispatch_outbox where payload = ${h.sql.json({ mode: "delta", scrape_run_id: runId })}`;
    expect(woken).toHaveLength(1);
    // A second sweep does not pile up another wake-up for the same run.
    const again = await h.call("fit-score", { mode: "sweep" });
    expect(again).toMatchObject({ runs_woken: 0, users_scanned: 0 });
  });

  it("answers a run that is not cleaned yet, or unknown, without scoring", async () => {
    const runId = await makeRun(h.sql);
    expect(await h.call("fit-score", { mode: "delta", scrape_run_id: runId })).toMatchObject({
      status: "skipped",
      reason: "run not cleaned yet",
    });
    expect(
      await h.call("fit-score", { mode: "delta", scrape_run_id: crypto.randomUUID() }),
    ).toMatchObject({ status: "failed", error: "no such scrape run" });
    expect((await h.call("fit-score", { mode: "nope" })).error).toMatch(/^invalid payload/);
  });
});
