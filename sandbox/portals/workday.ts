/**
 * Workday CXS: POST /wday/cxs/<tenant>/<site>/jobs (limit ≤ 20; `total` only on the first
 * page, 0 afterwards, like the real thing) and GET /wday/cxs/<tenant>/<site>/job/<path>.
 */
import { Hono } from "hono";
import { SANDBOX_COMPANIES, type SandboxCompany } from "../companies.ts";
import { hashSeed } from "../fixtures/rng.ts";
import { daysAgo, slugify, type SeedJob } from "../fixtures/seed-job.ts";
import { companyJobs } from "../fixtures/world.ts";
import type { PortalDeps } from "./portal-deps.ts";

interface Posting {
  job: SeedJob | null;
  externalPath: string;
  reqId: string;
  summary: Record<string, unknown>;
}

function findCompany(tenant: string, site: string): SandboxCompany | undefined {
  return SANDBOX_COMPANIES.workday.find((c) => {
    const [host = "", s = ""] = c.slug.split("/");
    return host.split(".")[0] === tenant.toLowerCase() && s === site;
  });
}

function postedOn(job: SeedJob): string {
  const d = daysAgo(job.postedAt);
  if (d === 0) return "Posted Today";
  if (d === 1) return "Posted Yesterday";
  return d > 30 ? "Posted 30+ Days Ago" : `Posted ${d} Days Ago`;
}

// Rendered once per job list: detail requests must not re-render the board (O(n²) at scale).
const rendered = new WeakMap<SeedJob[], Posting[]>();

function postings(company: SandboxCompany, jobs: SeedJob[]): Posting[] {
  const hit = rendered.get(jobs);
  if (hit) return hit;
  const base = 10_000 + (hashSeed(company.slug) % 50) * 1000;
  const out: Posting[] = jobs.map((job, i) => {
    const reqId = `JR-${base + i}`;
    const place =
      job.city.canonical === "Remote"
        ? "India-Remote"
        : `${job.city.canonical}-${job.city.state.replace(/ /g, "-")}`;
    const externalPath = `/job/${place}/${slugify(job.title).replace(/(^|-)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase())}_${reqId}`;
    return {
      job,
      externalPath,
      reqId,
      summary: {
        title: job.title,
        externalPath,
        locationsText: i % 9 === 4 ? "2 Locations" : job.locationLabel,
        postedOn: postedOn(job),
        bulletFields: [reqId],
      },
    };
  });
  out.splice(6, 0, {
    job: null,
    externalPath: "",
    reqId: "",
    summary: { title: "Walk-in Drive", postedOn: "Posted Today", bulletFields: [] },
  });
  rendered.set(jobs, out);
  return out;
}

export function workdayRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  const load = (tenant: string, site: string) => {
    const company = findCompany(tenant, site);
    const jobs = company && companyJobs("workday", company.slug, deps.options.scale);
    return company && jobs ? { company, all: postings(company, jobs) } : undefined;
  };
  app.post("/wday/cxs/:tenant/:site/jobs", async (c) => {
    const found = load(c.req.param("tenant"), c.req.param("site"));
    if (!found) return c.json({ errorCode: "NOT_FOUND", httpStatus: 404 }, 404);
    let body: { limit?: unknown; offset?: unknown; searchText?: unknown };
    try {
      body = (await c.req.json()) as typeof body;
    } catch {
      return c.json(
        { errorCode: "HTTP_400", httpStatus: 400, message: "Invalid request body" },
        400,
      );
    }
    const limit = typeof body.limit === "number" ? body.limit : 20;
    const offset = typeof body.offset === "number" ? body.offset : 0;
    if (limit > 20)
      return c.json({ errorCode: "HTTP_400", httpStatus: 400, message: "limit must be ≤ 20" }, 400);
    const q = typeof body.searchText === "string" ? body.searchText.toLowerCase() : "";
    const matching = found.all.filter(
      (p) => !q || String(p.summary.title).toLowerCase().includes(q),
    );
    return c.json({
      total: offset === 0 ? matching.length : 0,
      jobPostings: matching.slice(offset, offset + limit).map((p) => p.summary),
      facets: [],
      userAuthenticated: false,
    });
  });
  app.get("/wday/cxs/:tenant/:site/job/*", (c) => {
    const tenant = c.req.param("tenant");
    const site = c.req.param("site");
    const found = load(tenant, site);
    const prefix = `/wday/cxs/${tenant}/${site}`;
    const path = decodeURIComponent(new URL(c.req.url).pathname).slice(prefix.length);
    const posting = found?.all.find((p) => p.job && p.externalPath === path);
    if (!found || !posting?.job) return c.json({ errorCode: "NOT_FOUND", httpStatus: 404 }, 404);
    const job = posting.job;
    const host = found.company.slug.split("/")[0] ?? "";
    return c.json({
      jobPostingInfo: {
        id: hashSeed(posting.reqId).toString(16),
        title: job.title,
        jobDescription: job.jdHtml,
        location: job.locationLabel,
        ...(posting.summary.locationsText === "2 Locations"
          ? { additionalLocations: ["Remote - India"] }
          : {}),
        postedOn: postedOn(job),
        startDate: job.postedAt.toISOString().slice(0, 10),
        timeType: job.employmentType === "Contract" ? "Contract" : "Full time",
        jobReqId: posting.reqId,
        jobPostingId: path.split("/").pop(),
        jobPostingSiteId: site,
        country: { descriptor: "India", id: "in" },
        canApply: true,
        posted: true,
        includeResumeParsing: true,
        externalUrl: `https://${host}.myworkdayjobs.com/${site}${posting.externalPath}`,
      },
      hiringOrganization: { name: found.company.name, url: "" },
      similarJobs: [],
      userAuthenticated: false,
    });
  });
  return app;
}
