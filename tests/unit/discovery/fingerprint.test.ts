import { describe, expect, it } from "vitest";
import { applyRouteRank, easierRoute } from "../../../worker-exec/src/discovery/apply-route.ts";
import {
  cityKey,
  fingerprintOf,
  titleKey,
  toJobEmploymentType,
} from "../../../worker-exec/src/discovery/fingerprint.ts";
import {
  postingExternalId,
  preparePosting,
} from "../../../worker-exec/src/discovery/prepared-posting.ts";
import type { RawJob } from "../../../worker-exec/src/scrape/raw-job.ts";

const raw = (over: Partial<RawJob> = {}): RawJob => ({
  source: "greenhouse",
  external_id: "1",
  title: "Senior Data Analyst",
  company: "Paywiz Technologies Pvt Ltd",
  location_text: "Bengaluru, Karnataka, India",
  locations: ["Bengaluru, Karnataka, India"],
  url: "https://job-boards.greenhouse.io/paywiz/jobs/1",
  apply_url: "https://job-boards.greenhouse.io/paywiz/jobs/1",
  easy_apply: false,
  jd_html: "<p>SQL</p>",
  jd_text: "SQL",
  posted_at: null,
  employment_type: "Full-time",
  salary_text: "₹18-24 LPA",
  experience_text: "3-5 Yrs",
  work_mode_hint: null,
  ...over,
});

describe("fingerprint", () => {
  it("is the same job across portals that spell city, company and type differently", () => {
    const a = preparePosting(raw());
    const b = preparePosting(
      raw({
        source: "naukri",
        external_id: "n-9",
        company: "Paywiz Technologies",
        location_text: "Hybrid - Bangalore/Bengaluru",
        locations: ["Bangalore/Bengaluru"],
        employment_type: null,
      }),
    );
    const c = preparePosting(
      raw({ source: "linkedin", title: "Sr. Data Analyst", location_text: "Bangalore" }),
    );
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).toBe(a.fingerprint);
  });

  it("keeps seniority, city, company and employment type apart", () => {
    const base = preparePosting(raw()).fingerprint;
    expect(preparePosting(raw({ title: "Data Analyst" })).fingerprint).not.toBe(base);
    expect(preparePosting(raw({ location_text: "Pune", locations: [] })).fingerprint).not.toBe(
      base,
    );
    expect(preparePosting(raw({ company: "KiranaKart" })).fingerprint).not.toBe(base);
    expect(preparePosting(raw({ employment_type: "Contract" })).fingerprint).not.toBe(base);
  });

  it("canonicalises Indian city aliases and remote postings", () => {
    expect(cityKey("Gurgaon/Gurugram", [], false)).toBe(cityKey("Gurugram, Haryana", [], false));
    expect(cityKey("Bombay", [], false)).toBe(cityKey("Mumbai, Maharashtra", [], false));
    expect(cityKey("Remote - India", [], false)).toBe("remote");
    expect(cityKey("", [], true)).toBe("remote");
    expect(cityKey("", ["Hyderabad/Secunderabad"], false)).toBe(cityKey("Hyderabad", [], false));
    expect(cityKey("Kathmandu", [], false)).toBe("other:kathmandu");
  });

  it("reads titles and employment types the way Indian boards write them", () => {
    expect(titleKey("SDE-2")).toBe(titleKey("Software Development Engineer II"));
    expect(titleKey("Senior Software Engineer")).not.toBe(titleKey("Software Engineer"));
    expect(toJobEmploymentType(null, "Data Science Intern")).toBe("internship");
    expect(toJobEmploymentType("Temporary", "Cashier")).toBe("contract");
    expect(toJobEmploymentType(null, "Accountant")).toBe("full_time");
    expect(
      fingerprintOf({ title: "a", company: "b", city: "c", employmentType: "full_time" }),
    ).toMatch(/^[0-9a-f]{32}$/);
  });

  it("fills the job's fields from the raw posting", () => {
    const p = preparePosting(raw());
    expect(p.job).toMatchObject({
      title: "Senior Data Analyst",
      title_canonical: "data analyst",
      company: "Paywiz Technologies Pvt Ltd",
      company_canonical: "paywiz",
      city: "Bengaluru",
      employment_type: "full_time",
      seniority: "senior",
      salary_min_inr: 1_800_000,
      salary_max_inr: 2_400_000,
      exp_min_years: 3,
      exp_max_years: 5,
    });
  });

  it("namespaces Workday requisition ids by tenant", () => {
    expect(
      postingExternalId(raw({ source: "workday", external_id: "JR-1" }), "sundaram.wd3/External"),
    ).toBe("sundaram:JR-1");
    expect(postingExternalId(raw({ external_id: "42" }), "paywiz")).toBe("42");
  });
});

describe("apply route", () => {
  it("prefers applying on the portal, then an ATS form, then any form", () => {
    const easy = {
      source: "linkedin" as const,
      url: "https://in.linkedin.com/jobs/view/1",
      easyApply: true,
    };
    const ats = {
      source: "greenhouse" as const,
      url: "https://job-boards.greenhouse.io/x/jobs/1",
      easyApply: false,
    };
    const offsite = {
      source: "linkedin" as const,
      url: "https://careers.example.in/1",
      easyApply: false,
    };
    const none = { source: "naukri" as const, url: null, easyApply: false };
    expect([easy, ats, offsite, none].map(applyRouteRank)).toEqual([3, 2, 1, 0]);
    expect(easierRoute(ats, easy)).toBe(easy);
    expect(easierRoute(easy, ats)).toBe(easy);
    expect(easierRoute(ats, { ...ats, url: "https://other" })).toBe(ats);
  });

  it("uses the posting itself as the route for Easy Apply", () => {
    const p = preparePosting(raw({ source: "linkedin", apply_url: null, easy_apply: true }));
    expect(p.route).toEqual({ source: "linkedin", url: p.url, easyApply: true });
    expect(p.applyUrl).toBeNull();
  });
});
