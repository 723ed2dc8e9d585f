/** Lever Postings API (?mode=json), paged with skip/limit until a short page. */
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import { finishJob, parseEntry, parseEnvelope } from "../entries.ts";
import { limitReached, pauseBetweenPages, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { htmlToText } from "../text/html-text.ts";
import { nameFromSlug } from "../text/slug-name.ts";
import { workModeHint } from "../text/work-mode.ts";

const ORIGIN = "https://api.lever.co";
export const LEVER_PAGE_SIZE = 20;

const LeverPosting = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  hostedUrl: z.url(),
  applyUrl: z.url().nullish(),
  categories: z.object({
    location: z.string().nullish(),
    team: z.string().nullish(),
    commitment: z.string().nullish(),
    allLocations: z.array(z.string()).nullish(),
  }),
  createdAt: z.number().int().positive(),
  descriptionPlain: z.string().nullish(),
  description: z.string().nullish(),
  lists: z.array(z.object({ text: z.string(), content: z.string() })).nullish(),
  additional: z.string().nullish(),
  workplaceType: z.string().nullish(),
  salaryRange: z
    .object({ currency: z.string(), interval: z.string(), min: z.number(), max: z.number() })
    .nullish(),
});

const INTERVAL: Record<string, string> = {
  "per-year-salary": "per year",
  "per-month-salary": "per month",
  "per-hour-wage": "per hour",
};

function toHtml(p: z.infer<typeof LeverPosting>): string {
  const lists = (p.lists ?? []).map((l) => `<h3>${l.text}</h3><ul>${l.content}</ul>`).join("\n");
  return [p.description ?? "", lists, p.additional ?? ""].filter(Boolean).join("\n");
}

export const lever: SourceAdapter = {
  name: "lever",
  kind: "api",
  needs: "company",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const slug = requireField(target, "company", "lever");
    for (let page = 0; ; page++) {
      if (page > 0) await pauseBetweenPages(ctx);
      const path = `/v0/postings/${encodeURIComponent(slug)}?mode=json&skip=${page * LEVER_PAGE_SIZE}&limit=${LEVER_PAGE_SIZE}`;
      const url = sourceUrl(ORIGIN, ctx.baseUrl, path);
      const items = parseEnvelope(
        z.array(z.unknown()),
        await ctx.http.json("lever", url, { signal: ctx.signal }),
        "lever",
        "postings page",
      );
      ctx.report.pages++;
      ctx.onProgress?.({ type: "page", source: "lever", page: page + 1, url, jobs: items.length });
      for (const raw of items) {
        if (limitReached(target, ctx)) return;
        const p = parseEntry(LeverPosting, raw, ctx, "lever");
        if (!p) continue;
        const html = toHtml(p);
        const location = p.categories.location ?? "";
        const salary = p.salaryRange
          ? `${p.salaryRange.currency} ${p.salaryRange.min.toLocaleString("en-IN")} - ${p.salaryRange.max.toLocaleString("en-IN")} ${INTERVAL[p.salaryRange.interval] ?? p.salaryRange.interval}`
          : null;
        const out = finishJob(
          {
            source: "lever",
            external_id: p.id,
            title: p.text.trim(),
            company: nameFromSlug(slug),
            location_text: location,
            locations: p.categories.allLocations?.length
              ? p.categories.allLocations
              : location
                ? [location]
                : [],
            url: p.hostedUrl,
            apply_url: p.applyUrl ?? null,
            easy_apply: false,
            jd_html: html || null,
            jd_text: html ? htmlToText(html) : (p.descriptionPlain ?? null),
            posted_at: new Date(p.createdAt).toISOString(),
            employment_type: p.categories.commitment ?? null,
            salary_text: salary,
            experience_text: null,
            work_mode_hint: workModeHint(
              p.workplaceType === "unspecified" ? null : p.workplaceType,
              location,
            ),
          },
          ctx,
        );
        if (out) yield out;
      }
      // Lever has no total: a short page is the last one.
      if (items.length < LEVER_PAGE_SIZE) return;
    }
  },
};
