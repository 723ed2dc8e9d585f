/**
 * SmartRecruiters Posting API: list GET /v1/companies/<c>/postings?limit&offset (max 100)
 * and detail GET /v1/companies/<c>/postings/<id> with the job ad sections.
 */
import { Hono } from "hono";
import { findSandboxCompany, type SandboxCompany } from "../companies.ts";
import { hashSeed } from "../fixtures/rng.ts";
import type { SeedJob } from "../fixtures/seed-job.ts";
import { companyJobs } from "../fixtures/world.ts";
import { numericId, type PortalDeps } from "./portal-deps.ts";

const API = "https://api.smartrecruiters.com";

interface Entry {
  id: string;
  job: SeedJob | null;
  summary: Record<string, unknown>;
}

// Rendered once per job list: detail requests must not re-render the board (O(n²) at scale).
const rendered = new WeakMap<SeedJob[], Entry[]>();

function entries(company: SandboxCompany, jobs: SeedJob[]): Entry[] {
  const hit = rendered.get(jobs);
  if (hit) return hit;
  const h = hashSeed(company.slug);
  const out: Entry[] = jobs.map((job, i) => {
    const id = numericId("744000", h, i);
    return { id, job, summary: summary(company, job, id) };
  });
  // A posting whose summary lost its name: the adapter must skip it, not crash.
  const brokenId = numericId("744000", h, 999_999);
  out.splice(4, 0, {
    id: brokenId,
    job: null,
    summary: { id: brokenId, uuid: "x", releasedDate: 17 },
  });
  rendered.set(jobs, out);
  return out;
}

export function smartRecruitersRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  const load = (slug: string) => {
    const company = findSandboxCompany("smartrecruiters", slug);
    const jobs = companyJobs("smartrecruiters", slug, deps.options.scale);
    return company && jobs ? entries(company, jobs) : undefined;
  };
  app.get("/v1/companies/:company/postings", (c) => {
    const all = load(c.req.param("company"));
    if (!all) return c.json({ offset: 0, limit: 10, totalFound: 0, content: [] });
    const limit = Math.min(100, Math.max(1, Number(c.req.query("limit") ?? 10) || 10));
    const offset = Math.max(0, Number(c.req.query("offset") ?? 0) || 0);
    return c.json({
      offset,
      limit,
      totalFound: all.length,
      content: all.slice(offset, offset + limit).map((e) => e.summary),
    });
  });
  app.get("/v1/companies/:company/postings/:id", (c) => {
    const slug = c.req.param("company");
    const company = findSandboxCompany("smartrecruiters", slug);
    const entry = load(slug)?.find((e) => e.id === c.req.param("id"));
    if (!company || !entry?.job) {
      return c.json({ code: "NOT_FOUND", message: "Posting not found" }, 404);
    }
    const job = entry.job;
    return c.json({
      ...entry.summary,
      jobAdId: `${entry.id}-ad`,
      postingUrl: `https://jobs.smartrecruiters.com/${company.slug}/${entry.id}-${job.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      applyUrl: `https://jobs.smartrecruiters.com/oneclick-ui/company/${company.slug}/publication/${entry.id}?dcr_ci=${company.slug}`,
      referralUrl: `https://jobs.smartrecruiters.com/${company.slug}/${entry.id}?trid=ref`,
      jobAd: {
        sections: {
          companyDescription: {
            title: "Company Description",
            text: `<p>${company.name} builds retail technology for 5,000+ stores across India.</p>`,
          },
          jobDescription: { title: "Job Description", text: job.jdHtml },
          qualifications: {
            title: "Qualifications",
            text: `<ul><li>${job.expMin}-${job.expMax} years of experience</li>${job.skills.map((s) => `<li>${s}</li>`).join("")}</ul>`,
          },
          additionalInformation: {
            title: "Additional Information",
            text: job.lpa
              ? `<p>CTC: ${job.lpa.min}-${job.lpa.max} LPA</p>`
              : "<p>All your information will be kept confidential.</p>",
          },
        },
      },
    });
  });
  return app;
}

function summary(company: SandboxCompany, job: SeedJob, id: string) {
  const cityName = job.city.canonical === "Remote" ? "" : job.city.canonical;
  return {
    id,
    name: job.title,
    uuid: `${id.slice(0, 8)}-0000-4000-8000-${id.slice(-12).padStart(12, "0")}`,
    jobAdId: `${id}-ad`,
    defaultJobAd: true,
    refNumber: `REF${id.slice(-6)}`,
    company: { identifier: company.slug, name: company.name },
    releasedDate: job.postedAt.toISOString().replace("Z", "Z"),
    location: {
      city: cityName,
      region: job.city.state,
      country: "in",
      remote: job.workMode === "remote",
      hybrid: job.workMode === "hybrid",
      fullLocation:
        job.workMode === "remote"
          ? "Remote, India"
          : `${job.locationLabel}, ${job.city.state}, India`,
    },
    industry: { id: "retail", label: "Retail" },
    department: { id: String(hashSeed(job.department) % 100000), label: job.department },
    function: { id: "information_technology", label: "Information Technology" },
    typeOfEmployment: { id: "permanent", label: job.employmentType },
    experienceLevel: {
      id: job.expMin >= 5 ? "mid_senior_level" : "associate",
      label: job.expMin >= 5 ? "Mid-Senior Level" : "Associate",
    },
    customField: [],
    visibility: "PUBLIC",
    ref: `${API}/v1/companies/${company.slug}/postings/${id}`,
    creator: { name: "Talent Team" },
    language: { code: "en", label: "English", labelNative: "English (US)" },
  };
}
