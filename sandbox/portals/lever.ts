/** Lever Postings API: GET /v0/postings/<slug>?mode=json[&skip=&limit=]. */
import { Hono } from "hono";
import { findSandboxCompany } from "../companies.ts";
import { createRng, uuidFrom } from "../fixtures/rng.ts";
import type { SeedJob } from "../fixtures/seed-job.ts";
import { companyJobs } from "../fixtures/world.ts";
import { fixtureText, type PortalDeps } from "./portal-deps.ts";

export function leverRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  app.get("/v0/postings/:slug", (c) => {
    const slug = c.req.param("slug");
    const jobs = companyJobs("lever", slug, deps.options.scale);
    const company = findSandboxCompany("lever", slug);
    if (!jobs || !company) return c.json({ ok: false, error: "Document not found" }, 404);
    if (c.req.query("mode") !== "json") {
      return c.html(`<html><body><h1>${company.name} jobs</h1></body></html>`);
    }
    const rng = createRng(`lever-ids:${company.slug}`);
    const all: unknown[] = jobs.map((job) => render(job, uuidFrom(rng), company.slug));
    all.splice(7, 0, { ...(all[0] as object), id: uuidFrom(rng), createdAt: "last week" });
    all.splice(20, 0, { id: uuidFrom(rng), text: "Untitled", categories: null });
    const skip = Math.max(0, Number(c.req.query("skip") ?? 0) || 0);
    const limitRaw = Number(c.req.query("limit"));
    const limit = Number.isFinite(limitRaw) && limitRaw > 0 ? limitRaw : all.length;
    return c.json(all.slice(skip, skip + limit));
  });
  return app;
}

function render(job: SeedJob, id: string, slug: string) {
  const hostedUrl = `https://jobs.lever.co/${slug}/${id}`;
  const requirements = [
    `<li>${job.expMin}-${job.expMax} years of experience</li>`,
    ...job.skills.map((s) => `<li>Working knowledge of ${s}</li>`),
  ].join("");
  const workplaceType = job.workMode === "onsite" ? "onsite" : job.workMode;
  return {
    id,
    text: job.title,
    hostedUrl,
    applyUrl: `${hostedUrl}/apply`,
    categories: {
      commitment: job.employmentType,
      department: job.department,
      location: job.locationLabel,
      team: job.department,
      allLocations: [job.locationLabel],
    },
    country: "IN",
    createdAt: job.postedAt.getTime(),
    description: `<div>${job.jdHtml}</div>`,
    descriptionPlain: fixtureText(job.jdHtml),
    lists: [{ text: "What you'll bring", content: requirements }],
    additional: "<div>We are an equal-opportunity employer.</div>",
    additionalPlain: "We are an equal-opportunity employer.",
    workplaceType,
    ...(job.lpa
      ? {
          salaryRange: {
            currency: "INR",
            interval: "per-year-salary",
            min: job.lpa.min * 100_000,
            max: job.lpa.max * 100_000,
          },
        }
      : {}),
  };
}
