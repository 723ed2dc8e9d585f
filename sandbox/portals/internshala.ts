/**
 * Internshala listing pages (server-rendered HTML, scraped in a browser):
 *   /internships/<category>-internship-in-<city>/page-<n>
 *   /jobs/<category>-jobs-in-<city>/page-<n>
 * 20 cards per page; past the last page the list is empty.
 */
import { Hono } from "hono";
import { findCity } from "../fixtures/catalog.ts";
import { hashSeed } from "../fixtures/rng.ts";
import { daysAgo, escapeHtml, slugify, type SeedJob } from "../fixtures/seed-job.ts";
import { boardPool } from "../fixtures/world.ts";
import type { PortalDeps } from "./portal-deps.ts";

const PAGE = 20;
const INTERN_PATH =
  /^\/internships\/(?:([a-z0-9-]+?)-)?internships?(?:-in-([a-z0-9-]+))?(?:\/page-(\d+))?\/?$/;
const JOBS_PATH = /^\/jobs\/(?:([a-z0-9-]+?)-)?jobs(?:-in-([a-z0-9-]+))?(?:\/page-(\d+))?\/?$/;

function posted(job: SeedJob): string {
  const d = daysAgo(job.postedAt);
  if (d === 0) return "Just now";
  if (d < 7) return `${d} day${d === 1 ? "" : "s"} ago`;
  const w = Math.floor(d / 7);
  return `${w} week${w === 1 ? "" : "s"} ago`;
}

function money(lpa: number): string {
  return (lpa * 100_000).toLocaleString("en-IN");
}

function card(job: SeedJob, id: number, kind: "internship" | "job"): string {
  const href = `/${kind === "internship" ? "internship" : "job"}/detail/${slugify(job.title)}-${kind}-in-${slugify(job.city.canonical)}-at-${slugify(job.company)}${id}`;
  const place =
    job.workMode === "remote"
      ? `<a href="/internships/work-from-home-internships">Work from home</a>`
      : `<a href="/${kind}s/${kind}-in-${slugify(job.city.canonical)}">${escapeHtml(job.locationLabel.replace(/^Hybrid - /, ""))}</a>`;
  const stipend =
    kind === "internship"
      ? job.lpa && job.lpa.min > 6
        ? `₹ ${(5000 + (id % 6) * 2500).toLocaleString("en-IN")} /month`
        : id % 7 === 0
          ? "Unpaid"
          : `₹ ${(8000 + (id % 5) * 1000).toLocaleString("en-IN")}-${(12000 + (id % 5) * 2000).toLocaleString("en-IN")} /month`
      : `₹ ${money(Math.min(job.lpa?.min ?? 3, 6))} - ${money(Math.min(job.lpa?.max ?? 4.5, 8))} /year`;
  const second =
    kind === "internship"
      ? `<div class="row-1-item"><i class="ic-16-calendar"></i><span class="duration">${(id % 3) * 3 + 3} Months</span></div>`
      : `<div class="row-1-item"><i class="ic-16-briefcase"></i><span class="experience">${job.expMin}-${job.expMax} years</span></div>`;
  return `<div class="container-fluid individual_internship view_detail_button visibilityTrackerItem" internshipid="${id}" data-href="${href}" employment_type="${kind}">
  <div class="internship_meta">
    <h3 class="job-internship-name"><a class="job-title-href" href="${href}">${escapeHtml(job.title)}</a></h3>
    <p class="company-name">${escapeHtml(job.company)}</p>
  </div>
  <div class="detail-row-1">
    <div class="row-1-item locations"><i class="ic-16-map-pin"></i><span>${place}</span></div>
    ${second}
    <div class="row-1-item"><i class="ic-16-money"></i><span class="stipend">${stipend}</span></div>
  </div>
  <div class="detail-row-2"><div class="status-inactive status-container"><i class="ic-16-reschedule"></i><span>${posted(job)}</span></div></div>
</div>`;
}

/** An ad slot styled like a card but with no link or title. */
const BROKEN_CARD = `<div class="container-fluid individual_internship individual_internship_promo"><div class="internship_meta"><p class="company-name">Internshala Trainings</p></div></div>`;

function page(title: string, cards: string[], pageNo: number, totalPages: number): string {
  return `<!DOCTYPE html><html><head><title>${escapeHtml(title)} | Internshala</title></head><body>
<div id="content"><h1 class="heading_4_5">${escapeHtml(title)}</h1>
<div id="internship_list_container_1">
${cards.length ? cards.join("\n") : `<div class="no_internships_found"><p>No results found</p></div>`}
</div>
<div id="pagination"><span id="pageNumber">${pageNo}</span> of <span id="total_pages">${totalPages}</span></div>
</div></body></html>`;
}

export function internshalaRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  const listing = (kind: "internship" | "job", m: RegExpExecArray): string => {
    const category = m[1] ?? "";
    const cityName = (m[2] ?? "").replace(/-/g, " ");
    const pageNo = Math.max(1, Number(m[3] ?? 1));
    const city = cityName ? findCity(cityName) : undefined;
    const pool = boardPool("internshala", deps.options.scale);
    const hits = pool.filter(
      (j) =>
        (kind === "internship") === (j.employmentType === "Internship") &&
        (!category || j.category === category) &&
        (!cityName || (city ? j.city.canonical === city.canonical : false)),
    );
    const h = hashSeed("internshala") % 1000;
    const cards = hits
      .slice((pageNo - 1) * PAGE, pageNo * PAGE)
      .map((j) => card(j, 3_000_000 + h * 1000 + pool.indexOf(j), kind));
    if (pageNo === 1 && cards.length > 4) cards.splice(4, 0, BROKEN_CARD);
    const totalPages = Math.max(1, Math.ceil(hits.length / PAGE));
    const what = `${category ? category.replace(/-/g, " ") + " " : ""}${kind}s${cityName ? ` in ${cityName}` : ""}`;
    return page(what, cards, pageNo, totalPages);
  };
  app.get("/internships/*", (c, next) => {
    const m = INTERN_PATH.exec(new URL(c.req.url).pathname);
    return m ? c.html(listing("internship", m)) : next();
  });
  app.get("/jobs/*", (c, next) => {
    const m = JOBS_PATH.exec(new URL(c.req.url).pathname);
    return m ? c.html(listing("job", m)) : next();
  });
  return app;
}
