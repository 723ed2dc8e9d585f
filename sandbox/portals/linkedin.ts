/**
 * LinkedIn guest endpoints: search cards (10 per page, empty when exhausted) and the job
 * posting detail fragment. Blocks like LinkedIn does: status 999 after too many requests,
 * and an authwall page instead of results for some searches.
 */
import { Hono, type Context } from "hono";
import { daysAgo, escapeHtml, slugify, type SeedJob } from "../fixtures/seed-job.ts";
import { boardPool, searchPool } from "../fixtures/world.ts";
import { bump, type PortalDeps } from "./portal-deps.ts";

const PAGE = 10;
const ID_BASE = 4_100_000_000;

const BLOCKED_999 = `<html><head><title>LinkedIn</title></head><body>
<h1>We've detected unusual activity from your network</h1>
<p>Request denied. Please try again later.</p></body></html>`;

const AUTHWALL = `<!DOCTYPE html><html><head><title>LinkedIn Login, Sign in | LinkedIn</title>
<meta name="pageKey" content="d_checkpoint_authwall"></head>
<body class="authwall"><main><h1>Join LinkedIn to see more jobs</h1>
<form class="authwall-join-form" action="/signup"></form></main></body></html>`;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function relative(job: SeedJob): string {
  const d = daysAgo(job.postedAt);
  if (d === 0) return "Just now";
  if (d < 7) return `${d} day${d === 1 ? "" : "s"} ago`;
  const w = Math.floor(d / 7);
  return `${w} week${w === 1 ? "" : "s"} ago`;
}

function salary(job: SeedJob): string {
  if (!job.lpa || job.title.length % 3 !== 0) return "";
  const fmt = (l: number) => `₹${(l * 100_000).toLocaleString("en-IN")}.00/yr`;
  return `<span class="job-search-card__salary-info">${fmt(job.lpa.min)} - ${fmt(job.lpa.max)}</span>`;
}

function card(job: SeedJob, id: number, position: number): string {
  const slug = `${slugify(job.title)}-at-${slugify(job.company)}-${id}`;
  const easy = id % 4 === 0 ? `<span class="job-posting-benefits__text">Easy Apply</span>` : "";
  return `<li>
  <div class="base-card relative w-full hover:no-underline focus:no-underline base-card--link base-search-card base-search-card--link job-search-card" data-entity-urn="urn:li:jobPosting:${id}" data-impression-id="jobs-search-result-${position}" data-reference-id="ref${id}" data-tracking-id="t${id}" data-column="1" data-row="${position + 1}">
    <a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="https://in.linkedin.com/jobs/view/${slug}?position=${position + 1}&amp;pageNum=0&amp;refId=ref${id}&amp;trackingId=t${id}" data-tracking-control-name="public_jobs_jserp-result_search-card">
      <span class="sr-only">${escapeHtml(job.title)}</span>
    </a>
    <div class="base-search-card__info">
      <h3 class="base-search-card__title">
        ${escapeHtml(job.title)}
      </h3>
      <h4 class="base-search-card__subtitle">
        <a class="hidden-nested-link" href="https://in.linkedin.com/company/${slugify(job.company)}?trk=public_jobs_jserp-result_job-search-card-subtitle">${escapeHtml(job.company)}</a>
      </h4>
      <div class="base-search-card__metadata">
        <span class="job-search-card__location">
          ${escapeHtml(job.locationLabel)}${job.workMode === "remote" ? " (Remote)" : job.workMode === "hybrid" ? " (Hybrid)" : ""}
        </span>
        ${salary(job)}
        <div class="job-posting-benefits text-sm">${easy}</div>
        <time class="job-search-card__listdate" datetime="${isoDate(job.postedAt)}">
          ${relative(job)}
        </time>
      </div>
    </div>
  </div>
</li>`;
}

/** A promoted slot with no entity urn and no title: real pages carry these. */
const BROKEN_CARD = `<li><div class="base-card base-search-card job-search-card"><div class="base-search-card__info"><h4 class="base-search-card__subtitle">Promoted</h4></div></div></li>`;

function detail(job: SeedJob, id: number): string {
  const seniority =
    job.expMin >= 5 ? "Mid-Senior level" : job.expMin >= 2 ? "Associate" : "Entry level";
  const offsite = id % 4 !== 0;
  const apply = offsite
    ? `<code id="applyUrl" style="display: none"><!--"https://www.linkedin.com/jobs/view/externalApply/${id}?url=https%3A%2F%2Fcareers%2E${slugify(job.company)}%2Ecom%2Fjobs%2F${id}&urlHash=abcd"--></code>`
    : `<button class="sign-up-modal__outlet top-card-layout__cta--primary">Easy Apply</button>`;
  return `<section class="top-card-layout container-lined overflow-hidden babybear:rounded-[0px]">
  <div class="top-card-layout__entity-info-container">
    <h2 class="top-card-layout__title font-sans text-lg">${escapeHtml(job.title)}</h2>
    <h4 class="top-card-layout__second-subline">
      <span class="topcard__flavor"><a class="topcard__org-name-link" href="https://in.linkedin.com/company/${slugify(job.company)}">${escapeHtml(job.company)}</a></span>
      <span class="topcard__flavor topcard__flavor--bullet">${escapeHtml(job.locationLabel)}</span>
      <span class="posted-time-ago__text topcard__flavor--metadata">${relative(job)}</span>
      <span class="num-applicants__caption topcard__flavor--metadata">Over 200 applicants</span>
    </h4>
    ${apply}
  </div>
</section>
<section class="core-section-container my-3 description">
  <div class="description__text description__text--rich">
    <section class="show-more-less-html" data-max-lines="5">
      <div class="show-more-less-html__markup show-more-less-html__markup--clamp-after-5 relative overflow-hidden">
        ${job.jdHtml}
      </div>
    </section>
  </div>
  <ul class="description__job-criteria-list">
    <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Seniority level</h3><span class="description__job-criteria-text description__job-criteria-text--criteria">${seniority}</span></li>
    <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Employment type</h3><span class="description__job-criteria-text description__job-criteria-text--criteria">${job.employmentType}</span></li>
    <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Job function</h3><span class="description__job-criteria-text description__job-criteria-text--criteria">${job.department}</span></li>
    <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Industries</h3><span class="description__job-criteria-text description__job-criteria-text--criteria">Technology, Information and Internet</span></li>
  </ul>
</section>`;
}

export function linkedinRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  const blocked = (c: Context): Response | null => {
    if (bump(deps, "linkedin") > deps.options.linkedinBlockAfter) {
      // A web Response cannot carry 999; serve.ts rewrites the status from this header.
      return c.html(BLOCKED_999, 503, { "x-sandbox-status": "999" });
    }
    return null;
  };
  app.get("/jobs-guest/jobs/api/seeMoreJobPostings/search", (c) => {
    const stop = blocked(c);
    if (stop) return stop;
    const keywords = c.req.query("keywords") ?? "";
    if (keywords.toLowerCase().includes("authwall")) return c.html(AUTHWALL);
    const pool = boardPool("linkedin", deps.options.scale);
    const start = Math.max(0, Number(c.req.query("start") ?? 0) || 0);
    const hits = searchPool(pool, keywords, c.req.query("location") ?? "");
    const page = hits.slice(start, start + PAGE);
    const cards = page.map((job, i) => card(job, ID_BASE + pool.indexOf(job), start + i));
    if (start === 0 && cards.length > 3) cards.splice(3, 0, BROKEN_CARD);
    return c.html(cards.join("\n"));
  });
  app.get("/jobs-guest/jobs/api/jobPosting/:id", (c) => {
    const stop = blocked(c);
    if (stop) return stop;
    const id = Number(c.req.param("id"));
    const job = boardPool("linkedin", deps.options.scale)[id - ID_BASE];
    if (!job) return c.html("<html><body>Page not found</body></html>", 404);
    return c.html(detail(job, id));
  });
  return app;
}
