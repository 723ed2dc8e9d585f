/** Ashby public job board API: GET /posting-api/job-board/<slug>?includeCompensation=true. */
import { Hono } from "hono";
import { findSandboxCompany } from "../companies.ts";
import { createRng, uuidFrom } from "../fixtures/rng.ts";
import type { SeedJob } from "../fixtures/seed-job.ts";
import { companyJobs } from "../fixtures/world.ts";
import { fixtureText, type PortalDeps } from "./portal-deps.ts";

const WORKPLACE = { onsite: "OnSite", hybrid: "Hybrid", remote: "Remote" } as const;

export function ashbyRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  app.get("/posting-api/job-board/:slug", (c) => {
    const slug = c.req.param("slug");
    const jobs = companyJobs("ashby", slug, deps.options.scale);
    const company = findSandboxCompany("ashby", slug);
    if (!jobs || !company) return c.json({ success: false, error: "Not found" }, 404);
    const withComp = c.req.query("includeCompensation") === "true";
    const rng = createRng(`ashby-ids:${company.slug}`);
    const out: unknown[] = jobs.map((job) => render(job, uuidFrom(rng), company.slug, withComp));
    out.splice(3, 0, { ...(out[0] as object), id: uuidFrom(rng), title: 42 });
    out.splice(9, 0, { ...(out[1] as object), id: uuidFrom(rng), publishedAt: "not-a-date" });
    return c.json({ apiVersion: "1", jobs: out });
  });
  return app;
}

function render(job: SeedJob, id: string, slug: string, withComp: boolean) {
  const jobUrl = `https://jobs.ashbyhq.com/${slug}/${id}`;
  const comp = job.lpa ? `₹${job.lpa.min}L – ₹${job.lpa.max}L` : null;
  return {
    id,
    title: job.title,
    department: job.department,
    team: job.department,
    employmentType: job.employmentType === "Contract" ? "Contract" : "FullTime",
    location: job.locationLabel,
    secondaryLocations:
      job.workMode === "remote" ? [] : [{ location: "Remote - India", address: null }],
    publishedAt: job.postedAt.toISOString(),
    isListed: true,
    isRemote: job.workMode === "remote",
    workplaceType: WORKPLACE[job.workMode],
    address: {
      postalAddress: {
        addressLocality: job.city.canonical,
        addressRegion: job.city.state,
        addressCountry: "India",
      },
    },
    jobUrl,
    applyUrl: `${jobUrl}/application`,
    descriptionHtml: job.jdHtml,
    descriptionPlain: fixtureText(job.jdHtml),
    ...(withComp
      ? {
          shouldDisplayCompensationOnJobPostings: comp !== null,
          compensation: {
            compensationTierSummary: comp ? `${comp} • Offers Equity` : null,
            scrapeableCompensationSalarySummary: comp,
            compensationTiers: [],
            summaryComponents: [],
          },
        }
      : {}),
  };
}
