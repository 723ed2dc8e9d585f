/**
 * SmartRecruiters Posting API: list pages (offset/limit, totalFound) carry no JD, so each
 * posting's detail is fetched for the job ad sections and the public/apply URLs.
 */
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import { finishJob, parseEntry, parseEnvelope } from "../entries.ts";
import { limitReached, pauseBetweenPages, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { SourceStopped } from "../source-stopped.ts";
import { htmlToText } from "../text/html-text.ts";
import { toIso } from "../text/relative-date.ts";
import { workModeHint } from "../text/work-mode.ts";

const ORIGIN = "https://api.smartrecruiters.com";
export const SMARTRECRUITERS_PAGE_SIZE = 100;

const Label = z.object({ label: z.string() }).nullish();

const Summary = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  company: z.object({ identifier: z.string(), name: z.string().min(1) }),
  releasedDate: z.string().nullish(),
  location: z.object({
    city: z.string().nullish(),
    region: z.string().nullish(),
    country: z.string().nullish(),
    remote: z.boolean().nullish(),
    hybrid: z.boolean().nullish(),
    fullLocation: z.string().nullish(),
  }),
  typeOfEmployment: Label,
  experienceLevel: Label,
});

const Section = z.object({ title: z.string().nullish(), text: z.string().nullish() }).nullish();

const Detail = z.object({
  postingUrl: z.url().nullish(),
  applyUrl: z.url().nullish(),
  jobAd: z.object({
    sections: z.object({
      companyDescription: Section,
      jobDescription: Section,
      qualifications: Section,
      additionalInformation: Section,
    }),
  }),
});

const ListPage = z.object({
  offset: z.number(),
  limit: z.number(),
  totalFound: z.number(),
  content: z.array(z.unknown()),
});

function jdHtml(d: z.infer<typeof Detail>): string {
  const s = d.jobAd.sections;
  return [s.companyDescription, s.jobDescription, s.qualifications, s.additionalInformation]
    .filter((x) => x?.text)
    .map((x) => `<h3>${x?.title ?? ""}</h3>\n${x?.text ?? ""}`)
    .join("\n");
}

export const smartrecruiters: SourceAdapter = {
  name: "smartrecruiters",
  kind: "api",
  needs: "company",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const company = requireField(target, "company", "smartrecruiters");
    const base = `/v1/companies/${encodeURIComponent(company)}/postings`;
    for (let offset = 0, page = 0; ; page++) {
      if (page > 0) await pauseBetweenPages(ctx);
      const url = sourceUrl(
        ORIGIN,
        ctx.baseUrl,
        `${base}?limit=${SMARTRECRUITERS_PAGE_SIZE}&offset=${offset}`,
      );
      const list = parseEnvelope(
        ListPage,
        await ctx.http.json("smartrecruiters", url, { signal: ctx.signal }),
        "smartrecruiters",
        "postings page",
      );
      ctx.report.pages++;
      ctx.onProgress?.({
        type: "page",
        source: "smartrecruiters",
        page: page + 1,
        url,
        jobs: list.content.length,
      });
      for (const raw of list.content) {
        if (limitReached(target, ctx)) return;
        const s = parseEntry(Summary, raw, ctx, "smartrecruiters");
        if (!s) continue;
        const detailUrl = sourceUrl(ORIGIN, ctx.baseUrl, `${base}/${encodeURIComponent(s.id)}`);
        const res = await ctx.http.request("smartrecruiters", detailUrl, {
          signal: ctx.signal,
          accept: [404],
        });
        // A posting withdrawn between list and detail is gone, not an error of the board.
        if (res.status === 404) {
          ctx.onProgress?.({
            type: "malformed",
            source: "smartrecruiters",
            detail: `posting ${s.id} vanished`,
          });
          continue;
        }
        let detailRaw: unknown;
        try {
          detailRaw = JSON.parse(res.text);
        } catch {
          throw new SourceStopped(
            "smartrecruiters",
            "malformed",
            `smartrecruiters: posting ${s.id} is not JSON`,
          );
        }
        const d = parseEntry(Detail, detailRaw, ctx, "smartrecruiters");
        if (!d) continue;
        const html = jdHtml(d);
        const loc = s.location;
        const locationText =
          loc.fullLocation ??
          [loc.city, loc.region, loc.country?.toUpperCase()].filter(Boolean).join(", ");
        const out = finishJob(
          {
            source: "smartrecruiters",
            external_id: s.id,
            title: s.name.trim(),
            company: s.company.name,
            location_text: locationText,
            locations: locationText ? [locationText] : [],
            url:
              d.postingUrl ??
              `https://jobs.smartrecruiters.com/${encodeURIComponent(company)}/${s.id}`,
            apply_url: d.applyUrl ?? null,
            easy_apply: false,
            jd_html: html || null,
            jd_text: html ? htmlToText(html) : null,
            posted_at: toIso(s.releasedDate),
            employment_type: s.typeOfEmployment?.label ?? null,
            salary_text: null,
            experience_text: s.experienceLevel?.label ?? null,
            work_mode_hint: loc.remote
              ? "remote"
              : loc.hybrid
                ? "hybrid"
                : workModeHint(locationText),
          },
          ctx,
        );
        if (out) yield out;
      }
      offset += list.content.length;
      if (list.content.length === 0 || offset >= list.totalFound) return;
    }
  },
};
