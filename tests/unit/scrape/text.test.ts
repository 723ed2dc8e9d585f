import { describe, expect, it } from "vitest";
import { checkBaseUrl, sourceUrl } from "../../../worker-exec/src/scrape/base-url.ts";
import { RawJobSchema } from "../../../worker-exec/src/scrape/raw-job.ts";
import { decodeEntities, htmlToText } from "../../../worker-exec/src/scrape/text/html-text.ts";
import { relativeAgeToIso, toIso } from "../../../worker-exec/src/scrape/text/relative-date.ts";
import { urlSlug } from "../../../worker-exec/src/scrape/text/url-slug.ts";
import { workModeHint } from "../../../worker-exec/src/scrape/text/work-mode.ts";
import { parseWorkdayCompany } from "../../../worker-exec/src/scrape/sources/workday.ts";
import { parseCards, parseDetail } from "../../../worker-exec/src/scrape/sources/linkedin.ts";
import { parseListing } from "../../../worker-exec/src/scrape/sources/internshala.ts";

describe("text helpers", () => {
  it("turns JD HTML into lines with list bullets (the engine's converter)", () => {
    const html =
      "<p>About <b>us</b> &amp; you</p><ul><li>SQL</li><li>₹8-12 LPA</li></ul><script>x()</script>tail";
    expect(htmlToText(html)).toBe("About us & you\n• SQL\n• ₹8-12 LPA\ntail");
  });

  it("undoes Greenhouse's entity escaping once", () => {
    expect(decodeEntities("&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;")).toBe(
      "<p>Fish &amp; chips</p>",
    );
  });

  it("reads work-mode hints from board wording", () => {
    expect(workModeHint("Hybrid - Pune")).toBe("hybrid");
    expect(workModeHint("Remote India")).toBe("remote");
    expect(workModeHint("Work from home")).toBe("remote");
    expect(workModeHint("onsite")).toBe("onsite");
    expect(workModeHint("Bengaluru", null)).toBeNull();
  });

  it("converts relative ages and dates", () => {
    const now = Date.parse("2025-06-02T00:00:00Z");
    expect(relativeAgeToIso("Posted 3 Days Ago", now)).toBe("2025-05-30T00:00:00.000Z");
    expect(relativeAgeToIso("Posted 30+ Days Ago", now)).toBe("2025-05-03T00:00:00.000Z");
    expect(relativeAgeToIso("2 weeks ago", now)).toBe("2025-05-19T00:00:00.000Z");
    expect(relativeAgeToIso("Just now", now)).toBe("2025-06-02T00:00:00.000Z");
    expect(relativeAgeToIso("Posted Yesterday", now)).toBe("2025-06-01T00:00:00.000Z");
    expect(relativeAgeToIso("whenever", now)).toBeNull();
    expect(toIso("2025-05-01T10:00:00+05:30")).toBe("2025-05-01T04:30:00.000Z");
    expect(toIso("not-a-date")).toBeNull();
  });

  it("slugs searches like the boards do", () => {
    expect(urlSlug("Data Analyst")).toBe("data-analyst");
    expect(urlSlug(" C++ / Java ")).toBe("c-java");
  });
});

describe("base URL override", () => {
  it("swaps only scheme, host and port", () => {
    expect(sourceUrl("https://api.lever.co", undefined, "/v0/postings/x?mode=json")).toBe(
      "https://api.lever.co/v0/postings/x?mode=json",
    );
    expect(
      sourceUrl(
        "https://api.lever.co",
        "http://127.0.0.1:5433/some/path?q=1",
        "/v0/postings/x?mode=json",
      ),
    ).toBe("http://127.0.0.1:5433/v0/postings/x?mode=json");
  });

  it("validates --base-url", () => {
    expect(checkBaseUrl("http://localhost:1")).toBeNull();
    expect(checkBaseUrl("ftp://x")).toMatch(/http\(s\)/);
    expect(checkBaseUrl("nope")).toMatch(/not a valid URL/);
  });
});

describe("workday company", () => {
  it("parses tenant, datacenter and site", () => {
    expect(parseWorkdayCompany("sundaram.wd3/External")).toEqual({
      tenant: "sundaram",
      site: "External",
      origin: "https://sundaram.wd3.myworkdayjobs.com",
    });
    expect(parseWorkdayCompany("acme/Careers").origin).toBe("https://acme.wd1.myworkdayjobs.com");
    expect(() => parseWorkdayCompany("acme")).toThrow(/tenant/);
  });
});

describe("HTML parsers", () => {
  it("reads LinkedIn cards, leaving broken ones for the schema to reject", () => {
    const html = `<li><div class="base-card" data-entity-urn="urn:li:jobPosting:123">
      <a class="base-card__full-link" href="https://in.linkedin.com/jobs/view/sde-at-acme-123?position=1&amp;refId=x"></a>
      <h3 class="base-search-card__title"> SDE </h3><h4 class="base-search-card__subtitle"><a>Acme</a></h4>
      <span class="job-search-card__location">Gurgaon, Haryana, India</span>
      <time class="job-search-card__listdate" datetime="2025-05-30">3 days ago</time></div></li>
      <li><div class="base-card"><h4 class="base-search-card__subtitle">Promoted</h4></div></li>`;
    const cards = parseCards(html);
    expect(cards[0]).toEqual({
      id: "123",
      title: "SDE",
      company: "Acme",
      location: "Gurgaon, Haryana, India",
      url: "https://in.linkedin.com/jobs/view/sde-at-acme-123",
      postedDate: "2025-05-30",
      salary: null,
      easyApply: false,
    });
    expect(cards[1]).toMatchObject({ id: "", title: "" });
  });

  it("finds LinkedIn's off-site apply URL inside the comment", () => {
    const d =
      parseDetail(`<code id="applyUrl"><!--"https://www.linkedin.com/jobs/view/externalApply/1?url=https%3A%2F%2Fcareers%2Eacme%2Ecom%2Fj%2F1&urlHash=a"--></code>
      <div class="show-more-less-html__markup"><p>JD</p></div>
      <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Seniority level</h3><span class="description__job-criteria-text">Associate</span></li>`);
    expect(d).toEqual({
      applyUrl: "https://careers.acme.com/j/1",
      jdHtml: "<p>JD</p>",
      criteria: { "seniority level": "Associate" },
    });
  });

  it("reads Internshala cards and the page count", () => {
    const page =
      parseListing(`<div class="individual_internship" internshipid="42" data-href="/internship/detail/x42">
      <h3 class="job-internship-name">Web Development Intern</h3><p class="company-name">Padhai</p>
      <div class="locations"><a>Pune</a><a>Mumbai</a></div><span class="stipend">₹ 10,000 /month</span>
      <span class="duration">3 Months</span><div class="status-container"><span>2 days ago</span></div></div>
      <span id="total_pages">4</span>`);
    expect(page.totalPages).toBe(4);
    expect(page.cards[0]).toMatchObject({
      id: "42",
      locations: ["Pune", "Mumbai"],
      stipend: "₹ 10,000 /month",
    });
  });
});

describe("RawJobSchema", () => {
  it("rejects unknown fields and bad URLs", () => {
    const job = {
      source: "lever",
      external_id: "1",
      title: "SDE",
      company: "Acme",
      location_text: "Pune",
      locations: ["Pune"],
      url: "https://jobs.lever.co/acme/1",
      apply_url: null,
      easy_apply: false,
      jd_html: null,
      jd_text: null,
      posted_at: "2025-06-01T00:00:00.000Z",
      employment_type: null,
      salary_text: "₹8-12 LPA",
      experience_text: "3-5 Yrs",
      work_mode_hint: null,
    };
    expect(RawJobSchema.safeParse(job).success).toBe(true);
    expect(RawJobSchema.safeParse({ ...job, extra: 1 }).success).toBe(false);
    expect(RawJobSchema.safeParse({ ...job, url: "/relative" }).success).toBe(false);
    expect(RawJobSchema.safeParse({ ...job, source: "monster" }).success).toBe(false);
  });
});
