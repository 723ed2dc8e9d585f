import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanJd } from "../../../shared/intelligence/index.ts";
import {
  agentHarness,
  insertRawJob,
  jdFixtures,
  makeRun,
  snapshot,
  type AgentHarness,
} from "./support.ts";

let h: AgentHarness;
beforeAll(async () => {
  h = await agentHarness();
});
afterAll(async () => {
  await h.db.drop();
});

const TABLES = ["jobs", "job_skills", "scrape_runs", "dispatch_outbox"];

describe("jd-clean", () => {
  it("cleans a run's jobs with the engine, marks the run complete and wakes delta scoring once", async () => {
    const runId = await makeRun(h.sql);
    const fixtures = jdFixtures().slice(0, 12);
    const ids: string[] = [];
    for (const [i, f] of fixtures.entries()) {
      ids.push(await insertRawJob(h, runId, f.input, { html: i % 3 === 0 && !f.input.html }));
    }
    const reply = await h.call("jd-clean", { scrape_run_id: runId });
    expect(reply).toMatchObject({ status: "success", records_processed: 12, more: false });
    expect(reply.completed_runs).toEqual([runId]);

    for (const [i, f] of fixtures.entries()) {
      const [job] = await h.sql`
        select jd_cleaned, role_family, seniority, work_mode, employment_type, salary_min_inr,
               salary_max_inr, exp_min_years::float8 as exp_min, exp_max_years::float8 as exp_max,
               locations, remote_india, jd_sections, jd_text
          from jobs where id = ${ids[i]!}`;
      const skills = await h.sql<{ skill_id: string; importance: string }[]>`
        select skill_id, importance from job_skills where job_id = ${ids[i]!} order by skill_id`;
      const want = cleanJd({ ...f.input, location: [f.input.location ?? ""].join("\n") });
      expect(job!.jd_cleaned).toBe(true);
      expect(job!.role_family).toBe(want.role_family);
      expect(job!.work_mode).toBe(want.work_mode);
      expect(job!.remote_india).toBe(want.remote_india);
      expect(job!.locations).toEqual(want.locations);
      expect(job!.exp_min).toBe(want.experience?.min ?? null);
      expect(job!.salary_max_inr).toBe(want.salary_inr?.max ?? null);
      expect(Object.keys(job!.jd_sections).sort()).toEqual(
        ["about", "benefits", "requirements", "responsibilities"].sort(),
      );
      expect(skills.filter((s) => s.importance === "required").map((s) => s.skill_id)).toEqual(
        [...want.skills.required].sort(),
      );
      expect(skills.filter((s) => s.importance === "nice_to_have").map((s) => s.skill_id)).toEqual(
        [...want.skills.nice_to_have].sort(),
      );
    }

    const [run] =
      await h.sql`select jd_clean_complete, scoring_complete from scrape_runs where id = ${runId}`;
    expect(run).toEqual({ jd_clean_complete: true, scoring_complete: false });
    const wakes =
      await h.sql`select target, payload from dispatch_outbox where target = 'agents/fit-score'`;
    expect(wakes).toEqual([
      { target: "agents/fit-score", payload: { mode: "delta", scrape_run_id: runId } },
    ]);
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot(h.sql, TABLES);
    const again = await h.call("jd-clean", {});
    expect(again).toMatchObject({ status: "skipped", records_processed: 0 });
    expect(await snapshot(h.sql, TABLES)).toBe(before);
  });

  it("works in bounded batches: a small budget leaves the flag set and queues a wake-up", async () => {
    const runId = await makeRun(h.sql);
    const fixtures = jdFixtures();
    for (let i = 0; i < 150; i++)
      await insertRawJob(h, runId, fixtures[i % fixtures.length]!.input);
    // A starved call still cleans one batch (100), then stops and wakes itself.
    const first = await h.call("jd-clean", { scrape_run_id: runId }, { budgetMs: 1 });
    expect(first).toMatchObject({ status: "success", more: true, records_processed: 100 });
    const [left] = await h.sql`
      select count(*)::int as n from jobs where first_run_id = ${runId} and not jd_cleaned`;
    expect(left!.n).toBe(150 - first.records_processed);
    const [run] = await h.sql`select jd_clean_complete from scrape_runs where id = ${runId}`;
    expect(run!.jd_clean_complete).toBe(false);
    const wake = await h.sql`
      select payload from dispatch_outbox where target = 'agents/jd-clean' and status = 'pending'`;
    expect(wake).toEqual([{ payload: { scrape_run_id: runId } }]);

    // Following the wake-ups finishes the run, then wakes delta scoring.
    let total = first.records_processed;
    for (let i = 0; i < 10; i++) {
      const next = await h.call("jd-clean", { scrape_run_id: runId });
      total += next.records_processed;
      if (!next.more) {
        expect(next.completed_runs).toEqual([runId]);
        break;
      }
    }
    expect(total).toBe(150);
  });

  it("leaves a run that is still scraping incomplete until it finishes", async () => {
    const runId = await makeRun(h.sql, "pending");
    await insertRawJob(h, runId, jdFixtures()[0]!.input);
    const reply = await h.call("jd-clean", { scrape_run_id: runId });
    expect(reply).toMatchObject({ records_processed: 1, completed_runs: [] });
    await h.sql`update scrape_runs set status = 'done', finished_at = now() where id = ${runId}`;
    // The sweep (no run named) completes it.
    const sweep = await h.call("jd-clean", {});
    expect(sweep.completed_runs).toEqual([runId]);
  });
});
