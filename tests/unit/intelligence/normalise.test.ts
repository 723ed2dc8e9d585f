import { describe, expect, it } from "vitest";
import {
  canonicalCompany,
  canonicalTitle,
  detectEmploymentType,
  detectSeniority,
  parseExperience,
  parseLocation,
  parseSalary,
  sameArea,
  toE164,
} from "../../../shared/intelligence/index.ts";

const range = (s: string) => {
  const r = parseSalary(s);
  return r && { min: r.min, max: r.max };
};

describe("parseSalary", () => {
  it.each([
    ["₹8–12 LPA", 800000, 1200000],
    ["8,00,000 - 12,00,000 P.A.", 800000, 1200000],
    ["Rs 50k/month", 600000, 600000],
    ["12-18 Lacs", 1200000, 1800000],
    ["15 LPA", 1500000, 1500000],
    ["₹ 25,000 - 35,000 per month", 300000, 420000],
    ["INR 1.2 Cr", 12000000, 12000000],
    ["Salary: 4.5 - 6 Lakhs per annum", 450000, 600000],
    ["CTC: 3 LPA + incentives", 300000, 300000],
  ])("%s", (text, min, max) => {
    expect(range(text)).toEqual({ min, max });
  });

  it("keeps open ends open", () => {
    expect(range("Up to 10 LPA")).toEqual({ min: null, max: 1000000 });
    expect(range("35 LPA+")).toEqual({ min: 3500000, max: null });
  });

  it("converts and flags foreign currency", () => {
    expect(parseSalary("$80k")).toMatchObject({
      min: 6640000,
      max: 6640000,
      currency: "USD",
      converted: true,
    });
    expect(parseSalary("$80k", { rates: { USD: 85 } })?.min).toBe(6800000);
  });

  it("returns null when not disclosed", () => {
    expect(parseSalary("Not disclosed")).toBeNull();
    expect(parseSalary("Best in industry")).toBeNull();
  });
});

describe("parseExperience", () => {
  it.each([
    ["3-5 Yrs", { min: 3, max: 5 }],
    ["5+ years", { min: 5, max: null }],
    ["Fresher", { min: 0, max: 1 }],
    ["0-2 years", { min: 0, max: 2 }],
    ["Minimum 3 years of experience", { min: 3, max: null }],
    ["2 to 4 years", { min: 2, max: 4 }],
    ["Fresher - 2 years", { min: 0, max: 2 }],
    ["6 months", { min: 0.5, max: null }],
  ])("%s", (text, want) => {
    expect(parseExperience(text)).toEqual(want);
  });
  it("returns null without a figure", () => expect(parseExperience("great attitude")).toBeNull());
});

describe("parseLocation", () => {
  it("canonicalises Indian city aliases", () => {
    expect(parseLocation("Bangalore/Bengaluru, Gurgaon").cities).toEqual(["bengaluru", "gurugram"]);
    expect(parseLocation("Bombay").cities).toEqual(["mumbai"]);
    expect(parseLocation("Madras, Calcutta").cities).toEqual(["chennai", "kolkata"]);
    expect(parseLocation("Delhi NCR").cities).toEqual(["delhi_ncr"]);
  });
  it("keeps Navi Mumbai distinct from Mumbai", () => {
    expect(parseLocation("Navi Mumbai").cities).toEqual(["navi_mumbai"]);
    expect(sameArea("navi_mumbai", "mumbai")).toBe(false);
  });
  it("treats NCR as containing its cities", () => {
    expect(sameArea("delhi_ncr", "noida")).toBe(true);
    expect(sameArea("gurugram", "noida")).toBe(false);
  });
  it("reads work mode and remote-in-India", () => {
    expect(parseLocation("Hybrid - Pune")).toMatchObject({
      cities: ["pune"],
      work_mode: "hybrid",
      remote_india: false,
    });
    expect(parseLocation("Remote (India)")).toMatchObject({
      work_mode: "remote",
      remote_india: true,
    });
    expect(parseLocation("Anywhere in India")).toMatchObject({
      work_mode: "remote",
      remote_india: true,
    });
    expect(parseLocation("Remote - US only")).toMatchObject({
      work_mode: "remote",
      remote_india: false,
    });
    expect(parseLocation("Work from office, Chennai").work_mode).toBe("onsite");
  });
});

describe("titles, seniority, companies", () => {
  it("strips seniority and levels from titles", () => {
    expect(canonicalTitle("Sr. Software Engineer")).toMatchObject({
      title: "Software Engineer",
      seniority: "senior",
    });
    expect(canonicalTitle("SDE-2")).toMatchObject({
      title: "Software Development Engineer",
      seniority: "mid",
      level: 2,
    });
    expect(canonicalTitle("Software Engineer III")).toMatchObject({
      seniority: "senior",
      level: 3,
    });
    expect(canonicalTitle("Engg. Mgr")).toMatchObject({
      title: "Engineering Manager",
      seniority: "manager",
    });
  });
  it.each([
    ["Summer Intern", "intern"],
    ["Junior Accountant", "entry"],
    ["Accounts Executive", "entry"],
    ["Assistant Manager - Finance", "mid"],
    ["Senior Product Manager", "senior"],
    ["Tech Lead", "lead"],
    ["HR Manager", "manager"],
    ["Associate Director, Engineering", "director"],
    ["Lead Generation Executive", "entry"],
  ])("%s → %s", (title, want) => expect(detectSeniority(title)).toBe(want));
  it("falls back to years without a title cue", () => {
    expect(detectSeniority("Data Analyst", 1)).toBe("entry");
    expect(detectSeniority("Data Analyst", 3)).toBe("mid");
    expect(detectSeniority("Data Analyst", 12)).toBe("senior");
    expect(detectSeniority("Data Analyst")).toBeNull();
  });
  it("canonicalises company names", () => {
    expect(canonicalCompany("TCS").key).toBe(
      canonicalCompany("Tata Consultancy Services Ltd.").key,
    );
    expect(canonicalCompany("Infosys Technologies Limited")).toEqual({
      name: "Infosys",
      key: "infosys",
    });
    expect(canonicalCompany("Freshworks Technologies India Private Limited").key).toBe(
      "freshworks",
    );
    expect(canonicalCompany("Razorpay Software Pvt. Ltd.").key).toBe("razorpay-software");
  });
});

describe("phone and employment type", () => {
  it.each([
    ["+91 98765 43210", "+919876543210"],
    ["098765 43210", "+919876543210"],
    ["9876543210", "+919876543210"],
    ["91-9876543210", "+919876543210"],
    ["080-2345 6789", "+918023456789"],
    ["+1 (415) 555-0100", "+14155550100"],
  ])("%s", (raw, want) => expect(toE164(raw)).toBe(want));
  it("rejects non-numbers", () => expect(toE164("12345")).toBeNull());
  it("detects employment type", () => {
    expect(detectEmploymentType("6 month internship, stipend 20k")).toBe("internship");
    expect(detectEmploymentType("Contract to hire (C2H)")).toBe("contract");
    expect(detectEmploymentType("Part-time tutor")).toBe("part_time");
    expect(detectEmploymentType("Permanent, full time")).toBe("full_time");
    expect(detectEmploymentType("Great team")).toBeNull();
  });
});
