/** Greenhouse Job Board API: GET /v1/boards/<slug>/jobs?content=true (one page, all jobs). */
import { Hono } from "hono";
import { findSandboxCompany } from "../companies.ts";
import { hashSeed } from "../fixtures/rng.ts";
import { escapeHtml, type SeedJob } from "../fixtures/seed-job.ts";
import { companyJobs } from "../fixtures/world.ts";
import { istIso, numericId, type PortalDeps } from "./portal-deps.ts";

export function greenhouseRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  app.get("/v1/boards/:slug/jobs", (c) => {
    const slug = c.req.param("slug");
    const jobs = companyJobs("greenhouse", slug, deps.options.scale);
    const company = findSandboxCompany("greenhouse", slug);
    if (!jobs || !company) return c.json({ status: 404, error: "Job not found" }, 404);
    const withContent = c.req.query("content") === "true";
    const h = hashSeed(slug);
    const out: unknown[] = jobs.map((job, i) =>
      render(job, Number(numericId("4", h, i)), company.slug, withContent),
    );
    // Real boards carry the odd broken entry; the adapter must skip and count these.
    out.splice(5, 0, {
      ...(out[0] as object),
      id: Number(numericId("4", h, 900_001)),
      title: null,
    });
    out.splice(11, 0, { id: "TBD", title: "Draft posting", updated_at: "soon" });
    return c.json({ jobs: out, meta: { total: out.length } });
  });
  return app;
}

function render(job: SeedJob, id: number, slug: string, withContent: boolean) {
  const metadata: { id: number; name: string; value: string | null; value_type: string }[] = [
    { id: 1001, name: "Employment Type", value: job.employmentType, value_type: "single_select" },
    {
      id: 1002,
      name: "Experience",
      value: `${job.expMin}-${job.expMax} years`,
      value_type: "short_text",
    },
  ];
  if (job.lpa) {
    metadata.push({
      id: 1003,
      name: "CTC Range",
      value: `₹${job.lpa.min}-${job.lpa.max} LPA`,
      value_type: "short_text",
    });
  }
  return {
    id,
    internal_job_id: id - 3_000_000_000,
    title: job.title,
    updated_at: istIso(job.postedAt),
    first_published: istIso(job.postedAt),
    requisition_id: `REQ-${String(id).slice(-5)}`,
    location: { name: job.locationLabel },
    absolute_url: `https://job-boards.greenhouse.io/${slug}/jobs/${id}`,
    company_name: job.company,
    language: "en",
    metadata,
    data_compliance: [{ type: "gdpr", requires_consent: false, retention_period: null }],
    ...(withContent
      ? {
          // The real API double-encodes: the HTML itself arrives entity-escaped.
          content: escapeHtml(job.jdHtml),
          departments: [
            {
              id: hashSeed(job.department) % 100000,
              name: job.department,
              child_ids: [],
              parent_id: null,
            },
          ],
          offices: [
            {
              id: hashSeed(job.city.canonical) % 100000,
              name: job.city.canonical,
              location: `${job.city.canonical}, India`,
              child_ids: [],
              parent_id: null,
            },
          ],
        }
      : {}),
  };
}
