/**
 * Naukri: the SEO search page (/data-analyst-jobs-in-pune) sets the session cookie, and the
 * JSON search API only answers requests that look like its own web app (appid/systemid
 * headers + that cookie). Anything else gets a 403 recaptcha JSON, as in production.
 */
import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { hashSeed } from "../fixtures/rng.ts";
import { escapeHtml, slugify, daysAgo, type SeedJob } from "../fixtures/seed-job.ts";
import { boardPool, searchPool } from "../fixtures/world.ts";
import { bump, numericId, type PortalDeps } from "./portal-deps.ts";

const SEARCH_PAGE = /^\/([a-z0-9-]+?)-jobs(?:-in-([a-z0-9-]+))?$/;
const SESSION_COOKIE = "_t_ds";

function placeholders(job: SeedJob) {
  return [
    { type: "experience", label: `${job.expMin}-${job.expMax} Yrs` },
    {
      type: "salary",
      label: job.lpa ? `${job.lpa.min}-${job.lpa.max} Lacs P.A.` : "Not disclosed",
    },
    {
      type: "location",
      label: job.workMode === "hybrid" ? `Hybrid - ${job.locationLabel}` : job.locationLabel,
    },
  ];
}

function footer(job: SeedJob): string {
  const d = daysAgo(job.postedAt);
  if (d === 0) return "Just Now";
  if (d === 1) return "1 Day Ago";
  return d > 30 ? "30+ Days Ago" : `${d} Days Ago`;
}

function render(job: SeedJob, jobId: string) {
  const jdURL = `/job-listings-${slugify(job.title)}-${slugify(job.company)}-${slugify(job.locationLabel)}-${job.expMin}-to-${job.expMax}-years-${jobId}`;
  return {
    title: job.title,
    logoPath: `https://img.naukimg.com/logo_images/groups/v1/${hashSeed(job.company) % 9_000_000}.gif`,
    jobId,
    currency: "INR",
    footerPlaceholderLabel: footer(job),
    footerPlaceholderColor: "grey",
    companyName: job.company,
    isSaved: false,
    tagsAndSkills: job.skills.join(","),
    placeholders: placeholders(job),
    companyId: hashSeed(job.company) % 10_000_000,
    jdURL,
    staticUrl: `company-jobs/${slugify(job.company)}-jobs-careers-${hashSeed(job.company) % 100000}`,
    jobDescription: escapeHtml(
      job.jdHtml
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 240),
    ),
    showMultipleApply: false,
    groupId: hashSeed(job.company) % 1_000_000,
    isTopGroup: 0,
    createdDate: job.postedAt.getTime(),
    mode: "jp",
    board: "1",
  };
}

export function naukriRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  app.get("/jobapi/v3/search", (c) => {
    const browserLike =
      c.req.header("appid") === "109" &&
      c.req.header("systemid") === "Naukri" &&
      Boolean(getCookie(c, SESSION_COOKIE));
    if (!browserLike) {
      return c.json(
        {
          message: "Access Denied",
          statusCode: 403,
          recaptchaRequired: true,
          error: "RECAPTCHA_REQUIRED",
        },
        403,
      );
    }
    if (bump(deps, "naukri-api") > deps.options.naukriDailyCap) {
      return c.json(
        {
          statusCode: 429,
          errorCode: "DAILY_LIMIT_EXCEEDED",
          message: "You have exhausted your daily search limit. Please try again tomorrow.",
        },
        429,
      );
    }
    const pool = boardPool("naukri", deps.options.scale);
    const size = Math.min(100, Math.max(1, Number(c.req.query("noOfResults") ?? 20) || 20));
    const pageNo = Math.max(1, Number(c.req.query("pageNo") ?? 1) || 1);
    const hits = searchPool(pool, c.req.query("keyword") ?? "", c.req.query("location") ?? "");
    const h = hashSeed("naukri");
    const page: unknown[] = hits
      .slice((pageNo - 1) * size, pageNo * size)
      .map((job) => render(job, numericId("02", h, pool.indexOf(job), 7)));
    if (pageNo === 1 && page.length > 2) {
      page.splice(2, 0, {
        title: "Walk-in for Freshers",
        companyName: "Confidential",
        placeholders: "n/a",
      });
    }
    return c.json({
      noOfJobs: hits.length,
      jobDetails: page,
      clusters: {},
      sid: "sandbox",
      fatFooter: {},
    });
  });
  app.get("*", (c, next) => {
    const m = SEARCH_PAGE.exec(new URL(c.req.url).pathname);
    if (!m) return next();
    const keyword = (m[1] ?? "").replace(/-/g, " ");
    setCookie(c, SESSION_COOKIE, `ds${hashSeed(keyword).toString(36)}`, {
      path: "/",
      sameSite: "Lax",
    });
    setCookie(c, "nauk_at", "guest", { path: "/" });
    return c.html(`<!DOCTYPE html><html><head><title>${escapeHtml(keyword)} Jobs - Naukri.com</title></head>
<body><div id="root"><div class="styles_jlc__main__VdwtF"><h1>${escapeHtml(keyword)} jobs${m[2] ? ` in ${escapeHtml(m[2])}` : ""}</h1>
<div id="listContainer" class="list"></div></div></div>
<script>window.__NAUKRI__ = { appId: 109, systemId: "Naukri" };</script></body></html>`);
  });
  return app;
}
