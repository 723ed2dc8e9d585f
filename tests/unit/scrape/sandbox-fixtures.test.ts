import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_COMPANIES, boardPathPrefix } from "../../../sandbox/companies.ts";
import { createRng } from "../../../sandbox/fixtures/rng.ts";
import { boardPool, companyJobs, REPOSTS, searchPool } from "../../../sandbox/fixtures/world.ts";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";

describe("fixtures", () => {
  it("are deterministic per seed", () => {
    const a = createRng("x");
    const b = createRng("x");
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
    const first = companyJobs("lever", "finlyft", 1)!.map((j) => j.title);
    expect(companyJobs("lever", "finlyft", 1)!.map((j) => j.title)).toEqual(first);
  });

  it("scale multiplies volume and keeps the first jobs", () => {
    const one = companyJobs("greenhouse", "kiranakart", 1)!;
    const ten = companyJobs("greenhouse", "kiranakart", 10)!;
    expect(ten).toHaveLength(one.length * 10);
    expect(ten.slice(0, one.length).map((j) => j.title)).toEqual(one.map((j) => j.title));
  });

  it("plant the reposts on Greenhouse, LinkedIn and Naukri", () => {
    const repost = REPOSTS[0];
    const on = (jobs: { title: string; company: string }[]) =>
      jobs.filter((j) => j.title === repost.title && j.company === repost.company);
    expect(on(companyJobs("greenhouse", "paywiz", 1)!)).toHaveLength(2);
    expect(on(boardPool("linkedin", 1))).toHaveLength(1);
    expect(on(boardPool("naukri", 1))).toHaveLength(1);
  });

  it("search matches keywords and city aliases", () => {
    const pool = boardPool("naukri", 1);
    const hits = searchPool(pool, "data analyst", "Bangalore");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((j) => j.city.canonical === "Bengaluru" && /analyst/i.test(j.title))).toBe(
      true,
    );
    expect(
      searchPool(pool, "data analyst", "Gurgaon").every((j) => j.city.canonical === "Gurugram"),
    ).toBe(true);
  });

  it("every listed company is served at its board path", () => {
    for (const [ats, companies] of Object.entries(SANDBOX_COMPANIES)) {
      for (const c of companies) {
        expect(c.ats).toBe(ats);
        expect(companyJobs(c.ats, c.slug, 1)).toHaveLength(c.jobs);
        expect(boardPathPrefix(c.ats, c.slug)).toMatch(/^\//);
      }
    }
  });
});

describe("sandbox server", () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it("counts requests per path and rate-limits with Retry-After", async () => {
    const url = `${sandbox.url}/v1/boards/stackhaus/jobs`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(url)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const res = await fetch(url);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(sandbox.stats().byPath["/v1/boards/stackhaus/jobs"]).toBe(4);
  });

  it("serves LinkedIn's 999 and Workday's POST API", async () => {
    const blocking = await startSandbox({ linkedinBlockAfter: 0 });
    try {
      const res = await fetch(
        `${blocking.url}/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=sde`,
      );
      expect(res.status).toBe(999);
      expect(await res.text()).toContain("unusual activity");
    } finally {
      await blocking.close();
    }
    const wd = await fetch(`${sandbox.url}/wday/cxs/hdfin/HDFinCareers/jobs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ appliedFacets: {}, limit: 20, offset: 20, searchText: "" }),
    });
    expect(await wd.json()).toMatchObject({ total: 0 });
  });
});
