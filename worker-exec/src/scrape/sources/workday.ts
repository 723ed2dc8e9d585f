/**
 * Workday CXS (the JSON behind every *.myworkdayjobs.com site). The search POST pages by
 * 20 (its maximum) and reports `total` only on the first page; detail GETs carry the JD.
 * Target company: "<tenant>.wd<n>/<site>", e.g. "sundaram.wd3/External".
 */
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import { finishJob, parseEntry, parseEnvelope } from "../entries.ts";
import { limitReached, pauseBetweenPages, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { SourceStopped } from "../source-stopped.ts";
import { htmlToText } from "../text/html-text.ts";
import { relativeAgeToIso, toIso } from "../text/relative-date.ts";
import { workModeHint } from "../text/work-mode.ts";

export const WORKDAY_PAGE_SIZE = 20;

export interface WorkdayBoard {
  tenant: string;
  site: string;
  origin: string;
}

/** "tenant.wd3/Site" (or "tenant/Site", defaulting to wd1) → tenant, site and real origin. */
export function parseWorkdayCompany(company: string): WorkdayBoard {
  const m = /^([a-z0-9-]+)(?:\.(wd\d+))?\/([A-Za-z0-9_-]+)$/i.exec(company.trim());
  if (!m || !m[1] || !m[3]) {
    throw new TypeError(`workday company must look like "<tenant>.wd<n>/<site>", got "${company}"`);
  }
  const tenant = m[1].toLowerCase();
  return {
    tenant,
    site: m[3],
    origin: `https://${tenant}.${(m[2] ?? "wd1").toLowerCase()}.myworkdayjobs.com`,
  };
}

const Summary = z.object({
  title: z.string().min(1),
  externalPath: z.string().startsWith("/job/"),
  locationsText: z.string().nullish(),
  postedOn: z.string().nullish(),
  bulletFields: z.array(z.string()).nullish(),
});

const SearchPage = z.object({ total: z.number(), jobPostings: z.array(z.unknown()) });

const Detail = z.object({
  jobPostingInfo: z.object({
    id: z.string().nullish(),
    title: z.string().min(1),
    jobDescription: z.string().nullish(),
    location: z.string().nullish(),
    additionalLocations: z.array(z.string()).nullish(),
    postedOn: z.string().nullish(),
    startDate: z.string().nullish(),
    timeType: z.string().nullish(),
    jobReqId: z.string().nullish(),
    externalUrl: z.url(),
  }),
  hiringOrganization: z.object({ name: z.string().min(1) }).nullish(),
});

export const workday: SourceAdapter = {
  name: "workday",
  kind: "api",
  needs: "company",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const board = parseWorkdayCompany(requireField(target, "company", "workday"));
    const base = `/wday/cxs/${board.tenant}/${board.site}`;
    const now = ctx.now ?? Date.now;
    let total = Number.POSITIVE_INFINITY;
    for (let offset = 0, page = 0; offset < total; page++) {
      if (page > 0) await pauseBetweenPages(ctx);
      const url = sourceUrl(board.origin, ctx.baseUrl, `${base}/jobs`);
      const body = JSON.stringify({
        appliedFacets: {},
        limit: WORKDAY_PAGE_SIZE,
        offset,
        searchText: target.query ?? "",
      });
      const raw = await ctx.http.json("workday", url, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", accept: "application/json" },
        signal: ctx.signal,
      });
      const res = parseEnvelope(SearchPage, raw, "workday", "search page");
      // Only the first page has the real total; later pages say 0.
      if (page === 0) total = res.total;
      ctx.report.pages++;
      ctx.onProgress?.({
        type: "page",
        source: "workday",
        page: page + 1,
        url,
        jobs: res.jobPostings.length,
      });
      if (res.jobPostings.length === 0) return;
      for (const rawSummary of res.jobPostings) {
        if (limitReached(target, ctx)) return;
        const s = parseEntry(Summary, rawSummary, ctx, "workday");
        if (!s) continue;
        const detailUrl = sourceUrl(board.origin, ctx.baseUrl, `${base}${s.externalPath}`);
        const dres = await ctx.http.request("workday", detailUrl, {
          signal: ctx.signal,
          accept: [404],
          headers: { accept: "application/json" },
        });
        if (dres.status === 404) continue;
        let draw: unknown;
        try {
          draw = JSON.parse(dres.text);
        } catch {
          throw new SourceStopped("workday", "malformed", `workday: ${s.externalPath} is not JSON`);
        }
        const d = parseEntry(Detail, draw, ctx, "workday");
        if (!d) continue;
        const info = d.jobPostingInfo;
        const location = info.location ?? s.locationsText ?? "";
        const html = info.jobDescription ?? null;
        const out = finishJob(
          {
            source: "workday",
            external_id: info.jobReqId ?? s.bulletFields?.[0] ?? s.externalPath,
            title: info.title.trim(),
            company: d.hiringOrganization?.name ?? board.tenant,
            location_text: location,
            locations: [location, ...(info.additionalLocations ?? [])].filter(Boolean),
            url: info.externalUrl,
            apply_url: `${info.externalUrl.replace(/\/$/, "")}/apply`,
            easy_apply: false,
            jd_html: html,
            jd_text: html ? htmlToText(html) : null,
            posted_at:
              toIso(info.startDate) ?? relativeAgeToIso(info.postedOn ?? s.postedOn ?? "", now()),
            employment_type: info.timeType ?? null,
            salary_text: null,
            experience_text: null,
            work_mode_hint: workModeHint(location),
          },
          ctx,
        );
        if (out) yield out;
      }
      offset += res.jobPostings.length;
    }
  },
};
