import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { BrowserPool } from "../../../worker-exec/src/scrape/browser-pool.ts";
import { HttpClient } from "../../../worker-exec/src/scrape/http-client.ts";
import { RawJobSchema } from "../../../worker-exec/src/scrape/raw-job.ts";
import { SourceStopped } from "../../../worker-exec/src/scrape/source-stopped.ts";
import { internshala } from "../../../worker-exec/src/scrape/sources/internshala.ts";
import { naukri, NAUKRI_PAGE_SIZE } from "../../../worker-exec/src/scrape/sources/naukri.ts";
import { collect, collectUntilError, testContext } from "./helpers.ts";

// One Chromium for the whole file: launches are the slow part.
let pool: BrowserPool;
let sandbox: RunningSandbox;
const artifacts: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, host: "127.0.0.1" });
  pool = new BrowserPool({
    maxBrowsers: 1,
    saveArtifact: async (path) => {
      artifacts.push(path);
    },
  });
});
afterAll(async () => {
  await pool.close();
  await sandbox.close();
});

const SEARCH =
  "/jobapi/v3/search?noOfResults=20&urlType=search_by_keyword&searchType=adv&keyword=data&location=pune&pageNo=1";

describe("naukri", () => {
  it("refuses a plain HTTP client with a 403 recaptcha answer", async () => {
    const res = await fetch(`${sandbox.url}${SEARCH}`);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ recaptchaRequired: true });
    // Our own HTTP client classifies that as a block.
    const http = new HttpClient({ sleep: async () => {} });
    await expect(http.json("naukri", `${sandbox.url}${SEARCH}`)).rejects.toMatchObject({
      reason: "blocked",
    });
  });

  it("fetches the API from the browser context and normalises jobs", async () => {
    const ctx = testContext(sandbox.url, { browser: pool });
    const jobs = await collect(
      naukri.fetchJobs({ query: "data analyst", location: "Bengaluru" }, ctx),
    );
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(RawJobSchema.parse(job)).toEqual(job);
    const repost = jobs.find(
      (j) => j.company === "Paywiz Technologies" && j.title === "Senior Data Analyst",
    );
    expect(repost).toMatchObject({
      source: "naukri",
      location_text: "Hybrid - Bangalore/Bengaluru",
      locations: ["Bangalore/Bengaluru"],
      salary_text: "18-24 Lacs P.A.",
      experience_text: "3-5 Yrs",
      work_mode_hint: "hybrid",
      easy_apply: true,
    });
    expect(repost!.url).toMatch(
      /^https:\/\/www\.naukri\.com\/job-listings-senior-data-analyst-paywiz-technologies-/,
    );
    expect(repost!.jd_text).toContain("Paywiz powers UPI");
    expect(sandbox.stats().byPath["/data-analyst-jobs-in-bengaluru"]).toBe(1);
  });

  it("pages through results 20 at a time with one search-page load", async () => {
    sandbox.resetStats();
    const ctx = testContext(sandbox.url, { browser: pool });
    const jobs = await collect(naukri.fetchJobs({ query: "data" }, ctx));
    expect(ctx.report.pages).toBeGreaterThanOrEqual(3);
    expect(ctx.report.malformed).toBe(1);
    expect(jobs.length).toBeGreaterThan((ctx.report.pages - 1) * NAUKRI_PAGE_SIZE);
    expect(jobs.length).toBeLessThanOrEqual(ctx.report.pages * NAUKRI_PAGE_SIZE);
    expect(new Set(jobs.map((j) => j.external_id)).size).toBe(jobs.length);
    expect(sandbox.stats().byPath["/data-jobs"]).toBe(1);
    expect(sandbox.stats().byPath["/jobapi/v3/search"]).toBe(ctx.report.pages);
  });

  it("stops with daily_cap when the board says the daily limit is reached", async () => {
    const capped = await startSandbox({ naukriDailyCap: 1 });
    try {
      const ctx = testContext(capped.url, { browser: pool });
      const { jobs, error } = await collectUntilError(naukri.fetchJobs({ query: "data" }, ctx));
      // Page 1 (20 jobs + 1 malformed) is served; page 2 hits the cap.
      expect(jobs).toHaveLength(NAUKRI_PAGE_SIZE);
      expect(error).toBeInstanceOf(SourceStopped);
      expect((error as SourceStopped).reason).toBe("daily_cap");
    } finally {
      await capped.close();
    }
  });
});

describe("internshala", () => {
  it("walks internship then job listing pages, skipping the ad card", async () => {
    const ctx = testContext(sandbox.url, { browser: pool });
    const jobs = await collect(internshala.fetchJobs({ query: "data science" }, ctx));
    const interns = jobs.filter((j) => j.employment_type?.startsWith("Internship"));
    const fulltime = jobs.filter((j) => j.employment_type === "Full-time");
    expect(interns.length).toBeGreaterThan(20);
    expect(fulltime.length).toBeGreaterThan(20);
    expect(ctx.report.malformed).toBe(2);
    expect(ctx.report.pages).toBe(Math.ceil(interns.length / 20) + Math.ceil(fulltime.length / 20));
    const intern = interns[0]!;
    expect(intern.url).toMatch(/^https:\/\/internshala\.com\/internship\/detail\//);
    expect(intern.salary_text).toMatch(/\/month$|^Unpaid$/);
    expect(intern.employment_type).toMatch(/^Internship \(\d+ Months\)$/);
    expect(fulltime[0]!.salary_text).toMatch(/\/year$/);
    expect(fulltime[0]!.experience_text).toMatch(/^\d+-\d+ years$/);
    expect(jobs.some((j) => j.work_mode_hint === "remote")).toBe(true);
  });

  it("filters by city and honours the limit", async () => {
    const ctx = testContext(sandbox.url, { browser: pool });
    const jobs = await collect(
      internshala.fetchJobs({ query: "data-science", location: "bangalore", limit: 5 }, ctx),
    );
    expect(jobs).toHaveLength(5);
    expect(jobs.every((j) => /Bangalore|Bengaluru/.test(j.location_text))).toBe(true);
  });

  it("saves a screenshot and the HTML when a page fails", async () => {
    const session = await pool.session("internshala");
    try {
      await expect(
        session.withPage(async (page) => {
          await page.goto(`${sandbox.url}/internships/data-science-internship/page-1`);
          throw new Error("selector changed");
        }, "listing"),
      ).rejects.toThrow("selector changed");
    } finally {
      await session.close();
    }
    expect(artifacts.some((p) => /^screenshots\/internshala\/.+-listing\.png$/.test(p))).toBe(true);
    expect(artifacts.some((p) => /^screenshots\/internshala\/.+-listing\.html$/.test(p))).toBe(
      true,
    );
  });
});
