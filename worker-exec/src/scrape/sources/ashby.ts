/** Ashby public job board API: all jobs in one response, compensation on request. */
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import { finishJob, parseEntry, parseEnvelope } from "../entries.ts";
import { limitReached, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { htmlToText } from "../text/html-text.ts";
import { nameFromSlug } from "../text/slug-name.ts";
import { workModeHint } from "../text/work-mode.ts";

const ORIGIN = "https://api.ashbyhq.com";

const AshbyJob = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.object({ location: z.string() })).nullish(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  publishedAt: z.iso.datetime({ offset: true }),
  employmentType: z.string().nullish(),
  jobUrl: z.url(),
  applyUrl: z.url().nullish(),
  compensation: z
    .object({
      compensationTierSummary: z.string().nullish(),
      scrapeableCompensationSalarySummary: z.string().nullish(),
    })
    .nullish(),
});

const EMPLOYMENT: Record<string, string> = {
  FullTime: "Full-time",
  PartTime: "Part-time",
  Intern: "Internship",
  Contract: "Contract",
  Temporary: "Temporary",
};

export const ashby: SourceAdapter = {
  name: "ashby",
  kind: "api",
  needs: "company",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const slug = requireField(target, "company", "ashby");
    const url = sourceUrl(
      ORIGIN,
      ctx.baseUrl,
      `/posting-api/job-board/${encodeURIComponent(slug)}?includeCompensation=true`,
    );
    const body = parseEnvelope(
      z.object({ jobs: z.array(z.unknown()) }),
      await ctx.http.json("ashby", url, { signal: ctx.signal }),
      "ashby",
      "job board",
    );
    ctx.report.pages++;
    ctx.onProgress?.({ type: "page", source: "ashby", page: 1, url, jobs: body.jobs.length });
    for (const raw of body.jobs) {
      if (limitReached(target, ctx)) return;
      const j = parseEntry(AshbyJob, raw, ctx, "ashby");
      if (!j) continue;
      const location = j.location ?? "";
      const comp =
        j.compensation?.scrapeableCompensationSalarySummary ??
        j.compensation?.compensationTierSummary ??
        null;
      const out = finishJob(
        {
          source: "ashby",
          external_id: j.id,
          title: j.title.trim(),
          company: nameFromSlug(slug),
          location_text: location,
          locations: [location, ...(j.secondaryLocations ?? []).map((s) => s.location)].filter(
            Boolean,
          ),
          url: j.jobUrl,
          apply_url: j.applyUrl ?? null,
          easy_apply: false,
          jd_html: j.descriptionHtml ?? null,
          jd_text: j.descriptionHtml ? htmlToText(j.descriptionHtml) : (j.descriptionPlain ?? null),
          posted_at: new Date(j.publishedAt).toISOString(),
          employment_type: j.employmentType
            ? (EMPLOYMENT[j.employmentType] ?? j.employmentType)
            : null,
          salary_text: comp,
          experience_text: null,
          work_mode_hint: workModeHint(
            j.workplaceType === "OnSite" ? "onsite" : j.workplaceType,
            j.isRemote ? "remote" : null,
            location,
          ),
        },
        ctx,
      );
      if (out) yield out;
    }
  },
};
