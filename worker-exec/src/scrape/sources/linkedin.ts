/**
 * LinkedIn guest jobs (no login): the search fragment endpoint returns 10 `<li>` cards per
 * page and nothing once exhausted; the posting fragment has the JD and criteria. LinkedIn
 * blocks with status 999 or by serving the authwall; both stop the source as `blocked`.
 */
import { parse, type HTMLElement } from "node-html-parser";
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import { finishJob, parseEntry } from "../entries.ts";
import { limitReached, pauseBetweenPages, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { SourceStopped } from "../source-stopped.ts";
import { clean, htmlToText } from "../text/html-text.ts";
import { toIso } from "../text/relative-date.ts";
import { workModeHint } from "../text/work-mode.ts";

const ORIGIN = "https://www.linkedin.com";
export const LINKEDIN_PAGE_SIZE = 10;
/** LinkedIn stops serving guest results past 1000. */
const MAX_START = 1000;

const Card = z.object({
  id: z.string().regex(/^\d+$/),
  title: z.string().min(1),
  company: z.string().min(1),
  location: z.string(),
  url: z.url(),
  postedDate: z.string().nullable(),
  salary: z.string().nullable(),
  easyApply: z.boolean(),
});

const AUTHWALL =
  /authwall|d_checkpoint|unusual activity|Sign in \| LinkedIn|security verification/i;

function assertNotBlocked(html: string): void {
  if (AUTHWALL.test(html))
    throw new SourceStopped(
      "linkedin",
      "blocked",
      "linkedin: served the authwall / unusual-activity page",
    );
}

function text(el: HTMLElement, selector: string): string {
  return clean(el.querySelector(selector)?.text);
}

export function parseCards(html: string): unknown[] {
  return parse(html)
    .querySelectorAll("li")
    .map((li) => {
      const urn = li.querySelector("[data-entity-urn]")?.getAttribute("data-entity-urn") ?? "";
      const href = li.querySelector("a.base-card__full-link")?.getAttribute("href") ?? "";
      return {
        id: /urn:li:jobPosting:(\d+)/.exec(urn)?.[1] ?? "",
        title: text(li, ".base-search-card__title"),
        company: text(li, ".base-search-card__subtitle"),
        location: text(li, ".job-search-card__location"),
        // Tracking parameters change per impression; the canonical URL is the path.
        url: href ? href.split("?")[0] : "",
        postedDate: li.querySelector("time")?.getAttribute("datetime") ?? null,
        salary: text(li, ".job-search-card__salary-info") || null,
        easyApply: /easy apply/i.test(text(li, ".job-posting-benefits")),
      };
    });
}

export interface LinkedInDetail {
  jdHtml: string | null;
  criteria: Record<string, string>;
  applyUrl: string | null;
}

export function parseDetail(html: string): LinkedInDetail {
  // Comments matter here: the off-site apply URL lives inside one.
  const root = parse(html, { comment: true });
  const criteria: Record<string, string> = {};
  for (const item of root.querySelectorAll(".description__job-criteria-item")) {
    const k = text(item, ".description__job-criteria-subheader");
    const v = text(item, ".description__job-criteria-text");
    if (k) criteria[k.toLowerCase()] = v;
  }
  // Off-site apply links hide in an HTML comment inside <code id="applyUrl">.
  const code = root.querySelector("code#applyUrl")?.innerHTML ?? "";
  const apply = /"(https?:[^"]+)"/.exec(code)?.[1] ?? null;
  let applyUrl: string | null = null;
  if (apply) {
    const target = new URL(apply.replace(/&amp;/g, "&")).searchParams.get("url");
    applyUrl = target ?? apply;
  }
  return {
    jdHtml: root.querySelector(".show-more-less-html__markup")?.innerHTML.trim() ?? null,
    criteria,
    applyUrl,
  };
}

export const linkedin: SourceAdapter = {
  name: "linkedin",
  kind: "api",
  needs: "query",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const keywords = requireField(target, "query", "linkedin");
    for (let start = 0, page = 0; start < MAX_START; start += LINKEDIN_PAGE_SIZE, page++) {
      if (page > 0) await pauseBetweenPages(ctx);
      const qs = new URLSearchParams({
        keywords,
        location: target.location ?? "India",
        start: String(start),
      });
      const url = sourceUrl(
        ORIGIN,
        ctx.baseUrl,
        `/jobs-guest/jobs/api/seeMoreJobPostings/search?${qs}`,
      );
      const html = await ctx.http.text("linkedin", url, { signal: ctx.signal });
      assertNotBlocked(html);
      const cards = parseCards(html);
      ctx.report.pages++;
      ctx.onProgress?.({
        type: "page",
        source: "linkedin",
        page: page + 1,
        url,
        jobs: cards.length,
      });
      if (cards.length === 0) return;
      for (const raw of cards) {
        if (limitReached(target, ctx)) return;
        const card = parseEntry(Card, raw, ctx, "linkedin");
        if (!card) continue;
        const detailUrl = sourceUrl(
          ORIGIN,
          ctx.baseUrl,
          `/jobs-guest/jobs/api/jobPosting/${card.id}`,
        );
        const res = await ctx.http.request("linkedin", detailUrl, {
          signal: ctx.signal,
          accept: [404],
        });
        const detail =
          res.status === 404 ? null : (assertNotBlocked(res.text), parseDetail(res.text));
        const jd = detail?.jdHtml ?? null;
        const seniority = detail?.criteria["seniority level"];
        const out = finishJob(
          {
            source: "linkedin",
            external_id: card.id,
            title: card.title,
            company: card.company,
            location_text: card.location,
            locations: card.location
              ? [card.location.replace(/\s*\((Remote|Hybrid|On-site)\)$/i, "")]
              : [],
            url: card.url,
            // Easy Apply happens on LinkedIn itself (at `url`); otherwise the employer's form.
            apply_url: detail?.applyUrl ?? null,
            easy_apply: card.easyApply || (detail !== null && detail.applyUrl === null),
            jd_html: jd,
            jd_text: jd ? htmlToText(jd) : null,
            posted_at: toIso(card.postedDate),
            employment_type: detail?.criteria["employment type"] ?? null,
            salary_text: card.salary,
            experience_text: seniority && seniority !== "Not Applicable" ? seniority : null,
            work_mode_hint: workModeHint(card.location),
          },
          ctx,
        );
        if (out) yield out;
      }
    }
  },
};
