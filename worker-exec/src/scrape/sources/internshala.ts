/**
 * Internshala listing pages, rendered in a browser (the site serves bots a stripped page):
 * internships first, then jobs, page by page until an empty page or the last page.
 * Target query = category ("web development"), location = city.
 */
import { parse, type HTMLElement } from "node-html-parser";
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import type { BrowserSession } from "../browser-pool.ts";
import { finishJob, parseEntry } from "../entries.ts";
import { limitReached, pauseBetweenPages, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { SourceStopped } from "../source-stopped.ts";
import { clean } from "../text/html-text.ts";
import { relativeAgeToIso } from "../text/relative-date.ts";
import { urlSlug } from "../text/url-slug.ts";
import { workModeHint } from "../text/work-mode.ts";

const ORIGIN = "https://internshala.com";
/** Internshala never lists more than this many pages for one search. */
const MAX_PAGES = 50;

const Card = z.object({
  id: z.string().regex(/^\d+$/),
  href: z.string().startsWith("/"),
  title: z.string().min(1),
  company: z.string().min(1),
  locations: z.array(z.string()),
  stipend: z.string().nullable(),
  duration: z.string().nullable(),
  experience: z.string().nullable(),
  posted: z.string().nullable(),
});

export interface ListingPage {
  cards: unknown[];
  totalPages: number | null;
}

function text(el: HTMLElement, selector: string): string | null {
  return clean(el.querySelector(selector)?.text) || null;
}

export function parseListing(html: string): ListingPage {
  const root = parse(html);
  const cards = root.querySelectorAll(".individual_internship").map((c) => ({
    id: c.getAttribute("internshipid") ?? "",
    href: c.getAttribute("data-href") ?? "",
    title: text(c, ".job-internship-name") ?? "",
    company: text(c, ".company-name") ?? "",
    locations: c.querySelectorAll(".locations a").map((a) => clean(a.text)),
    stipend: text(c, ".stipend"),
    duration: text(c, ".duration"),
    experience: text(c, ".experience"),
    posted: text(c, ".status-container span") ?? text(c, ".status-inactive span"),
  }));
  const total = Number(clean(root.querySelector("#total_pages")?.text));
  return { cards, totalPages: Number.isFinite(total) && total > 0 ? total : null };
}

function listingPath(
  kind: "internships" | "jobs",
  category: string,
  city: string,
  n: number,
): string {
  const what = kind === "internships" ? "internship" : "jobs";
  return `/${kind}/${category}-${what}${city ? `-in-${city}` : ""}/page-${n}`;
}

export const internshala: SourceAdapter = {
  name: "internshala",
  kind: "browser",
  needs: "query",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const category = urlSlug(requireField(target, "query", "internshala"));
    const city = urlSlug(target.location ?? "");
    if (!ctx.browser) throw new TypeError("internshala needs a browser provider");
    const now = ctx.now ?? Date.now;
    const session: BrowserSession = await ctx.browser.session("internshala");
    try {
      for (const kind of ["internships", "jobs"] as const) {
        for (let n = 1; n <= MAX_PAGES; n++) {
          if (limitReached(target, ctx)) return;
          if (n > 1 || kind === "jobs") await pauseBetweenPages(ctx);
          const url = sourceUrl(ORIGIN, ctx.baseUrl, listingPath(kind, category, city, n));
          const html = await session.withPage(async (page) => {
            const nav = await page.goto(url, { waitUntil: "domcontentloaded" });
            const status = nav?.status() ?? 0;
            if (status === 403 || status === 999)
              throw new SourceStopped("internshala", "blocked", `internshala: HTTP ${status}`);
            if (status === 429)
              throw new SourceStopped("internshala", "rate_limited", "internshala: HTTP 429");
            if (status >= 500)
              throw new SourceStopped(
                "internshala",
                `http_${status}`,
                `internshala: HTTP ${status}`,
              );
            return status === 404 ? "" : page.content();
          }, `${kind}-${n}`);
          const listing = parseListing(html);
          ctx.report.pages++;
          ctx.onProgress?.({
            type: "page",
            source: "internshala",
            page: n,
            url,
            jobs: listing.cards.length,
          });
          if (listing.cards.length === 0) break;
          for (const raw of listing.cards) {
            if (limitReached(target, ctx)) return;
            const c = parseEntry(Card, raw, ctx, "internshala");
            if (!c) continue;
            const link = new URL(c.href, ORIGIN).toString();
            const intern = kind === "internships";
            const out = finishJob(
              {
                source: "internshala",
                external_id: c.id,
                title: c.title,
                company: c.company,
                location_text: c.locations.join(", "),
                locations: c.locations,
                url: link,
                apply_url: link,
                // Applications go through the Internshala profile, no external form.
                easy_apply: true,
                jd_html: null,
                jd_text: null,
                posted_at: c.posted ? relativeAgeToIso(c.posted, now()) : null,
                employment_type: intern
                  ? `Internship${c.duration ? ` (${c.duration})` : ""}`
                  : "Full-time",
                salary_text: c.stipend,
                experience_text: intern ? null : c.experience,
                work_mode_hint: workModeHint(...c.locations),
              },
              ctx,
            );
            if (out) yield out;
          }
          if (listing.totalPages !== null && n >= listing.totalPages) break;
        }
      }
    } finally {
      await session.close();
    }
  },
};
