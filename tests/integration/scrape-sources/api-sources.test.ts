import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_COMPANIES } from "../../../sandbox/companies.ts";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { RawJobSchema } from "../../../worker-exec/src/scrape/raw-job.ts";
import { collectJobs } from "../../../worker-exec/src/scrape/run-source.ts";
import { SourceStopped } from "../../../worker-exec/src/scrape/source-stopped.ts";
import { ashby } from "../../../worker-exec/src/scrape/sources/ashby.ts";
import { greenhouse } from "../../../worker-exec/src/scrape/sources/greenhouse.ts";
import { lever } from "../../../worker-exec/src/scrape/sources/lever.ts";
import { linkedin } from "../../../worker-exec/src/scrape/sources/linkedin.ts";
import { smartrecruiters } from "../../../worker-exec/src/scrape/sources/smartrecruiters.ts";
import { workday } from "../../../worker-exec/src/scrape/sources/workday.ts";
import { collect, collectUntilError, fakeTime, testContext } from "./helpers.ts";

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await sandbox.close();
});

const jobsOf = (ats: keyof typeof SANDBOX_COMPANIES, slug: string) =>
  SANDBOX_COMPANIES[ats].find((c) => c.slug === slug)?.jobs;

describe("greenhouse", () => {
  it("normalises a board, skipping and counting malformed entries", async () => {
    const ctx = testContext(sandbox.url);
    const jobs = await collect(greenhouse.fetchJobs({ company: "paywiz" }, ctx));
    expect(jobs).toHaveLength(jobsOf("greenhouse", "paywiz")!);
    expect(ctx.report.malformed).toBe(2);
    for (const job of jobs) expect(RawJobSchema.parse(job)).toEqual(job);
    const first = jobs[0]!;
    expect(first).toMatchObject({
      source: "greenhouse",
      title: "Senior Data Analyst",
      company: "Paywiz Technologies",
      location_text: "Bengaluru, Karnataka, India",
      salary_text: "₹18-24 LPA",
      experience_text: "3-5 years",
      employment_type: "Full-time",
      easy_apply: false,
      work_mode_hint: null,
    });
    expect(first.url).toMatch(/^https:\/\/job-boards\.greenhouse\.io\/paywiz\/jobs\/\d+$/);
    // The content arrives entity-escaped; the adapter yields real HTML and readable text.
    expect(first.jd_html).toContain("<li>Strong SQL");
    expect(first.jd_text).toContain("• Strong SQL (window functions, CTEs) and Python (pandas).");
    expect(first.posted_at).toBe("2025-05-31T23:00:00.000Z");
    expect(sandbox.stats().byPath["/v1/boards/paywiz/jobs"]).toBeGreaterThanOrEqual(1);
  });

  it("keeps a same-board repost as its own job with a new id", async () => {
    const jobs = await collect(
      greenhouse.fetchJobs({ company: "paywiz" }, testContext(sandbox.url)),
    );
    const reposts = jobs.filter(
      (j) => j.title === "Senior Data Analyst" && j.location_text.startsWith("Bengaluru"),
    );
    expect(reposts).toHaveLength(2);
    expect(new Set(reposts.map((j) => j.external_id)).size).toBe(2);
    expect(jobs.find((j) => j.location_text === "Hybrid - Pune")?.work_mode_hint).toBe("hybrid");
  });

  it("stops at the limit", async () => {
    const ctx = testContext(sandbox.url);
    const jobs = await collect(greenhouse.fetchJobs({ company: "kiranakart", limit: 5 }, ctx));
    expect(jobs).toHaveLength(5);
  });

  it("an unknown board is http_404", async () => {
    const { error } = await collectUntilError(
      greenhouse.fetchJobs({ company: "nope" }, testContext(sandbox.url)),
    );
    expect(error).toBeInstanceOf(SourceStopped);
    expect((error as SourceStopped).reason).toBe("http_404");
  });
});

describe("lever", () => {
  it("pages with skip/limit until a short page", async () => {
    const ctx = testContext(sandbox.url);
    const before = sandbox.stats().byPath["/v0/postings/finlyft"] ?? 0;
    const jobs = await collect(lever.fetchJobs({ company: "finlyft" }, ctx));
    expect(jobs).toHaveLength(45);
    expect(ctx.report.malformed).toBe(2);
    expect(ctx.report.pages).toBe(3);
    expect((sandbox.stats().byPath["/v0/postings/finlyft"] ?? 0) - before).toBe(3);
    const withSalary = jobs.find((j) => j.salary_text !== null)!;
    expect(withSalary.salary_text).toMatch(/^INR [\d,]+ - [\d,]+ per year$/);
    expect(jobs[0]!.apply_url).toBe(`${jobs[0]!.url}/apply`);
    expect(new Set(jobs.map((j) => j.external_id)).size).toBe(45);
  });

  it("retries a flaky board's 503s with backoff and then succeeds", async () => {
    const time = fakeTime();
    const ctx = testContext(sandbox.url, { time });
    const jobs = await collect(lever.fetchJobs({ company: "shipwise" }, ctx));
    expect(jobs).toHaveLength(18);
    // Two 503s per URL, backoff 500·2^n with jitter 0.5 → 375 ms then 750 ms.
    expect(time.sleeps.slice(0, 2)).toEqual([375, 750]);
    expect(sandbox.stats().byStatus["503"]).toBeGreaterThanOrEqual(2);
  });

  it("honours Retry-After on 429 (injected sleep) and completes", async () => {
    const time = fakeTime();
    const limited = await startSandbox({ now: time.now });
    try {
      const ctx = testContext(limited.url, { time });
      const jobs = await collect(lever.fetchJobs({ company: "quotient-ai" }, ctx));
      expect(jobs).toHaveLength(40);
      // 2 requests per 4 s window: the third page gets 429 Retry-After: 4.
      expect(time.sleeps).toContain(4000);
      expect(limited.stats().byStatus["429"]).toBe(1);
      expect(limited.stats().byPath["/v0/postings/quotient-ai"]).toBe(4);
    } finally {
      await limited.close();
    }
  });

  it("gives up as rate_limited when Retry-After exceeds the cap", async () => {
    const time = fakeTime();
    const limited = await startSandbox({
      now: time.now,
      rateLimits: [{ pathPrefix: "/v1/boards/stackhaus/", max: 1, windowMs: 600_000 }],
    });
    try {
      const ctx = testContext(limited.url, { time, http: { maxRetryAfterMs: 60_000 } });
      await collect(greenhouse.fetchJobs({ company: "stackhaus" }, ctx));
      const { error } = await collectUntilError(
        greenhouse.fetchJobs({ company: "stackhaus" }, ctx),
      );
      expect(error).toBeInstanceOf(SourceStopped);
      expect((error as SourceStopped).reason).toBe("rate_limited");
      expect((error as SourceStopped).retryAfterMs).toBe(600_000);
    } finally {
      await limited.close();
    }
  });
});

describe("ashby", () => {
  it("normalises jobs with compensation and workplace type", async () => {
    const ctx = testContext(sandbox.url);
    const jobs = await collect(ashby.fetchJobs({ company: "voltrail" }, ctx));
    expect(jobs).toHaveLength(24);
    expect(ctx.report.malformed).toBe(2);
    const paid = jobs.find((j) => j.salary_text !== null)!;
    expect(paid.salary_text).toMatch(/^₹\d+L – ₹\d+L$/);
    expect(jobs.every((j) => ["Full-time", "Contract"].includes(j.employment_type ?? ""))).toBe(
      true,
    );
    expect(jobs.every((j) => j.work_mode_hint !== null)).toBe(true);
    expect(jobs[0]!.url).toMatch(/^https:\/\/jobs\.ashbyhq\.com\/voltrail\/[0-9a-f-]{36}$/);
  });
});

describe("smartrecruiters", () => {
  it("pages the list (100 per page) and fetches each posting's detail", async () => {
    const ctx = testContext(sandbox.url);
    const jobs = await collect(smartrecruiters.fetchJobs({ company: "BharatRetailTech" }, ctx));
    expect(jobs).toHaveLength(120);
    expect(ctx.report.pages).toBe(2);
    expect(ctx.report.malformed).toBe(1);
    const job = jobs[0]!;
    expect(job.company).toBe("Bharat Retail Tech");
    expect(job.url).toMatch(/^https:\/\/jobs\.smartrecruiters\.com\/BharatRetailTech\/\d+-/);
    expect(job.apply_url).toContain("oneclick-ui");
    expect(job.jd_text).toContain("Job Description");
    expect(job.experience_text).toMatch(/Associate|Mid-Senior Level/);
    expect(job.location_text).toMatch(/India$/);
  });
});

describe("workday", () => {
  it("posts the CXS search, pages by 20 and reads each job's detail", async () => {
    const ctx = testContext(sandbox.url);
    const jobs = await collect(workday.fetchJobs({ company: "sundaram.wd3/External" }, ctx));
    expect(jobs).toHaveLength(45);
    expect(ctx.report.pages).toBe(3);
    expect(ctx.report.malformed).toBe(1);
    const job = jobs[0]!;
    expect(job.external_id).toMatch(/^JR-\d+$/);
    expect(job.company).toBe("Sundaram Infotech");
    expect(job.url).toMatch(/^https:\/\/sundaram\.wd3\.myworkdayjobs\.com\/External\/job\//);
    expect(job.employment_type).toMatch(/Full time|Contract/);
    expect(job.posted_at).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00.000Z$/);
    expect(jobs.some((j) => j.locations.length === 2)).toBe(true);
  });

  it("rejects a company that is not <tenant>.wd<n>/<site>", async () => {
    await expect(
      collect(workday.fetchJobs({ company: "sundaram" }, testContext(sandbox.url))),
    ).rejects.toThrow(/tenant/);
  });
});

describe("linkedin", () => {
  it("pages guest search 10 at a time until an empty page, with details", async () => {
    const ctx = testContext(sandbox.url);
    const jobs = await collect(
      linkedin.fetchJobs({ query: "engineer", location: "Bengaluru" }, ctx),
    );
    expect(jobs.length).toBeGreaterThan(20);
    // Full pages, then the empty page that ends the search.
    expect(ctx.report.pages).toBe(Math.ceil(jobs.length / 10) + 1);
    expect(ctx.report.malformed).toBe(1);
    for (const job of jobs) {
      expect(job.title.toLowerCase()).toContain("engineer");
      expect(job.url).toMatch(/^https:\/\/in\.linkedin\.com\/jobs\/view\/[a-z0-9-]+-\d+$/);
      expect(job.jd_html?.length ?? 0).toBeGreaterThan(0);
      expect(job.employment_type).toMatch(/Full-time|Contract/);
      expect(job.easy_apply).toBe(job.apply_url === null);
    }
    expect(jobs.some((j) => j.easy_apply)).toBe(true);
    expect(jobs.some((j) => j.apply_url?.startsWith("https://careers."))).toBe(true);
  });

  it("finds the cross-posted Greenhouse job under a different id", async () => {
    const ctx = testContext(sandbox.url);
    const jobs = await collect(
      linkedin.fetchJobs({ query: "senior data analyst", location: "Bengaluru" }, ctx),
    );
    const repost = jobs.find(
      (j) => j.company === "Paywiz Technologies" && j.title === "Senior Data Analyst",
    );
    expect(repost).toBeDefined();
    expect(repost!.location_text).toBe("Bengaluru, Karnataka, India (Hybrid)");
    expect(repost!.work_mode_hint).toBe("hybrid");
    const gh = await collect(greenhouse.fetchJobs({ company: "paywiz" }, testContext(sandbox.url)));
    expect(gh.map((j) => j.external_id)).not.toContain(repost!.external_id);
  });

  it("raises SourceStopped('blocked') on status 999, keeping earlier jobs", async () => {
    const blocking = await startSandbox({ linkedinBlockAfter: 4 });
    try {
      const ctx = testContext(blocking.url);
      const { jobs, error } = await collectUntilError(
        linkedin.fetchJobs({ query: "engineer" }, ctx),
      );
      expect(error).toBeInstanceOf(SourceStopped);
      expect((error as SourceStopped).reason).toBe("blocked");
      // Request 1 is the search page, 2-4 the details of three jobs; the 5th is refused.
      expect(jobs).toHaveLength(3);
      expect(blocking.stats().byStatus["999"]).toBe(1);

      // The runner records the stop instead of throwing.
      const run = await collectJobs(linkedin, { query: "engineer" }, testContext(blocking.url));
      expect(run.report.stopped?.reason).toBe("blocked");
    } finally {
      await blocking.close();
    }
  });

  it("treats the authwall page as blocked", async () => {
    const { error } = await collectUntilError(
      linkedin.fetchJobs({ query: "authwall test" }, testContext(sandbox.url)),
    );
    expect((error as SourceStopped).reason).toBe("blocked");
  });
});
