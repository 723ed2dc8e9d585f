/**
 * Naukri: its search API refuses plain HTTP clients (403 + recaptcha JSON) — it wants the
 * web app's headers and the session cookie its search page sets. So we load the SEO search
 * page in a real browser context and call the API with fetch() from inside that page.
 */
import type { Page } from "puppeteer-core";
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import type { BrowserSession } from "../browser-pool.ts";
import { finishJob, parseEntry, parseEnvelope } from "../entries.ts";
import { limitReached, pauseBetweenPages, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { SourceStopped } from "../source-stopped.ts";
import { decodeEntities, htmlToText } from "../text/html-text.ts";
import { relativeAgeToIso, toIso } from "../text/relative-date.ts";
import { urlSlug } from "../text/url-slug.ts";
import { workModeHint } from "../text/work-mode.ts";

const ORIGIN = "https://www.naukri.com";
export const NAUKRI_PAGE_SIZE = 20;
/** Naukri's web app identifies itself with these; without them the API answers 403. */
const APP_HEADERS = {
  appid: "109",
  systemid: "Naukri",
  clientid: "d3skt0p",
  accept: "application/json",
};

const Placeholder = z.object({ type: z.string(), label: z.string() });

const NaukriJob = z.object({
  jobId: z.string().min(1),
  title: z.string().min(1),
  companyName: z.string().min(1),
  placeholders: z.array(Placeholder),
  jdURL: z.string().min(1),
  jobDescription: z.string().nullish(),
  tagsAndSkills: z.string().nullish(),
  footerPlaceholderLabel: z.string().nullish(),
  createdDate: z.number().nullish(),
});

const SearchResponse = z.object({ noOfJobs: z.number(), jobDetails: z.array(z.unknown()) });

interface ApiAnswer {
  status: number;
  text: string;
}

async function callApi(page: Page, path: string): Promise<ApiAnswer> {
  return page.evaluate(
    async (p: string, headers: Record<string, string>) => {
      const res = await fetch(p, { headers, credentials: "include" });
      return { status: res.status, text: await res.text() };
    },
    path,
    APP_HEADERS,
  );
}

function stopFor(answer: ApiAnswer): SourceStopped {
  const body = answer.text;
  if (/DAILY_LIMIT|daily (search )?limit/i.test(body)) {
    return new SourceStopped("naukri", "daily_cap", "naukri: daily search limit reached");
  }
  if (answer.status === 403 || /recaptcha|captcha|access denied/i.test(body)) {
    return new SourceStopped(
      "naukri",
      "blocked",
      `naukri: API refused the request (HTTP ${answer.status}, recaptcha)`,
    );
  }
  if (answer.status === 429)
    return new SourceStopped("naukri", "rate_limited", "naukri: rate limited (HTTP 429)");
  return new SourceStopped(
    "naukri",
    `http_${answer.status}`,
    `naukri: search API answered HTTP ${answer.status}`,
  );
}

function placeholder(job: z.infer<typeof NaukriJob>, type: string): string | null {
  return job.placeholders.find((p) => p.type === type)?.label ?? null;
}

export const naukri: SourceAdapter = {
  name: "naukri",
  kind: "browser",
  needs: "query",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const keyword = requireField(target, "query", "naukri");
    if (!ctx.browser) throw new TypeError("naukri needs a browser provider");
    const location = target.location?.trim() ?? "";
    const searchPage = sourceUrl(
      ORIGIN,
      ctx.baseUrl,
      `/${urlSlug(keyword)}-jobs${location ? `-in-${urlSlug(location)}` : ""}`,
    );
    const origin = new URL(searchPage).origin;
    const publicOrigin = ORIGIN;
    const now = ctx.now ?? Date.now;
    const session: BrowserSession = await ctx.browser.session("naukri");
    try {
      for (let pageNo = 1; ; pageNo++) {
        if (pageNo > 1) await pauseBetweenPages(ctx);
        const qs = new URLSearchParams({
          noOfResults: String(NAUKRI_PAGE_SIZE),
          urlType: "search_by_keyword",
          searchType: "adv",
          keyword,
          location,
          pageNo: String(pageNo),
        });
        const apiPath = `/jobapi/v3/search?${qs}`;
        const answer = await session.withPage(async (page) => {
          // The search page sets the session cookie; a recycled page is already there.
          if (!page.url().startsWith(origin)) {
            const nav = await page.goto(searchPage, { waitUntil: "domcontentloaded" });
            if (nav && (nav.status() === 403 || nav.status() === 999)) {
              throw new SourceStopped(
                "naukri",
                "blocked",
                `naukri: search page answered HTTP ${nav.status()}`,
              );
            }
          }
          return callApi(page, apiPath);
        }, `search-${pageNo}`);
        if (answer.status !== 200) throw stopFor(answer);
        let raw: unknown;
        try {
          raw = JSON.parse(answer.text);
        } catch {
          throw new SourceStopped("naukri", "malformed", "naukri: search API did not return JSON");
        }
        const res = parseEnvelope(SearchResponse, raw, "naukri", "search response");
        ctx.report.pages++;
        ctx.onProgress?.({
          type: "page",
          source: "naukri",
          page: pageNo,
          url: origin + apiPath,
          jobs: res.jobDetails.length,
        });
        if (res.jobDetails.length === 0) return;
        for (const entry of res.jobDetails) {
          if (limitReached(target, ctx)) return;
          const j = parseEntry(NaukriJob, entry, ctx, "naukri");
          if (!j) continue;
          const loc = placeholder(j, "location") ?? "";
          const snippet = j.jobDescription ? decodeEntities(j.jobDescription) : null;
          const url = new URL(j.jdURL, publicOrigin).toString();
          const out = finishJob(
            {
              source: "naukri",
              external_id: j.jobId,
              title: j.title.trim(),
              company: j.companyName.trim(),
              location_text: loc,
              // "Bangalore/Bengaluru, Pune" lists several cities; the slash is one city's two names.
              locations: loc
                .replace(/^Hybrid - /i, "")
                .split(/\s*,\s*/)
                .filter(Boolean),
              url,
              apply_url: url,
              easy_apply: true,
              jd_html: snippet,
              jd_text: snippet ? htmlToText(snippet) : null,
              posted_at:
                toIso(j.createdDate) ?? relativeAgeToIso(j.footerPlaceholderLabel ?? "", now()),
              employment_type: null,
              salary_text: placeholder(j, "salary"),
              experience_text: placeholder(j, "experience"),
              work_mode_hint: workModeHint(loc),
            },
            ctx,
          );
          if (out) yield out;
        }
        if (pageNo * NAUKRI_PAGE_SIZE >= res.noOfJobs) return;
      }
    } finally {
      await session.close();
    }
  },
};
