import { describe, expect, it } from "vitest";
import {
  compileJob,
  compileUser,
  DEFAULT_FIT_WEIGHTS,
  FitWeights,
  loadTaxonomy,
  prefilter,
  scoreFit,
  scoreFitValue,
  type FitJob,
  type FitUser,
} from "../../../shared/intelligence/index.ts";

const tx = loadTaxonomy();
const user: FitUser = {
  skill_ids: ["java", "spring-boot", "mysql", "amazon-web-services", "docker"],
  years: 4,
  seniority: "mid",
  city: "pune",
  willing_cities: ["bengaluru"],
  expected_ctc_inr: 1800000,
  role_families: ["backend"],
  dream_companies: ["Razorpay"],
  blacklist_companies: ["Tata Consultancy Services"],
};
const job: FitJob = {
  company: "Acme Pvt Ltd",
  required_skill_ids: [
    "java",
    "spring-boot",
    "apache-kafka",
    "mysql",
    "kubernetes",
    "redis",
    "amazon-web-services",
    "docker",
  ],
  nice_skill_ids: ["graphql"],
  experience: { min: 3, max: 6 },
  seniority: "mid",
  cities: ["pune"],
  work_mode: "hybrid",
  remote_india: false,
  salary_inr: { min: 1500000, max: 2200000 },
  role_family: "backend",
};

describe("scoreFit", () => {
  it("scores and explains a good match", () => {
    const r = scoreFit(user, job);
    expect(r.score).toBeGreaterThanOrEqual(60);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.matched_skills).toEqual([
      "java",
      "spring-boot",
      "mysql",
      "amazon-web-services",
      "docker",
    ]);
    expect(r.missing_skills).toEqual(["apache-kafka", "kubernetes", "redis"]);
    expect(r.reasons).toContain("You have 5 of 8 required skills");
    expect(r.reasons).toContain("Needs 3–6 years; you have 4 years");
    expect(r.reasons).toContain("In your city (Pune)");
  });

  it("never lowers the score when the user has more of the job's skills", () => {
    const all = [...job.required_skill_ids, ...(job.nice_skill_ids ?? [])];
    for (let mask = 0; mask < 1 << all.length; mask += 7) {
      const base = all.filter((_, i) => mask & (1 << i));
      const before = scoreFitValue(compileUser({ ...user, skill_ids: base }), compileJob(job));
      for (const extra of all.filter((s) => !base.includes(s))) {
        const after = scoreFitValue(
          compileUser({ ...user, skill_ids: [...base, extra] }),
          compileJob(job),
        );
        expect(after).toBeGreaterThanOrEqual(before);
      }
    }
  });

  it("excludes blacklisted companies", () => {
    const r = scoreFit(user, { ...job, company: "TCS" });
    expect(r).toMatchObject({ excluded: true, score: 0, recommendation: "skip" });
    expect(scoreFitValue(compileUser(user), compileJob({ ...job, company: "TCS" }))).toBe(-1);
    expect(prefilter(compileUser(user), compileJob({ ...job, company: "TCS" }))).toBe(false);
  });

  it("caps the score when the experience bar is far above the user's", () => {
    const strong = { ...user, skill_ids: [...job.required_skill_ids] };
    const r = scoreFit(strong, { ...job, experience: { min: 8, max: 12 } });
    expect(r.capped).toBe(true);
    expect(r.score).toBeLessThanOrEqual(35);
    expect(r.reasons.some((x) => x.includes("capped at 35"))).toBe(true);
  });

  it("adds the dream-company bonus and honours thresholds from model_weights", () => {
    const plain = scoreFit(user, job).score;
    const dream = scoreFit(user, { ...job, company: "Razorpay Software Pvt Ltd" }).score;
    expect(dream).toBe(Math.min(100, plain + 10));
    const w = FitWeights.parse({
      ...DEFAULT_FIT_WEIGHTS,
      thresholds: { recommend: 50, store: 20 },
    });
    expect(scoreFit(user, job, w).recommendation).toBe("apply");
  });

  it("labels by score band", () => {
    const perfect = scoreFit({ ...user, skill_ids: [...job.required_skill_ids, "graphql"] }, job);
    expect(perfect.label).toBe("strong");
    expect(perfect.recommendation).toBe("apply");
    const weak = scoreFit(
      { ...user, skill_ids: [] },
      { ...job, cities: ["kolkata"], salary_inr: { min: 500000, max: 700000 } },
    );
    expect(weak.label).toBe("fair");
  });

  it("treats remote-India roles as reachable from anywhere", () => {
    const r = scoreFit(user, { ...job, cities: [], work_mode: "remote", remote_india: true });
    expect(r.components.location).toBe(1);
    expect(
      prefilter(compileUser(user), compileJob({ ...job, cities: [], remote_india: true })),
    ).toBe(true);
  });
});

describe("prefilter", () => {
  const u = compileUser(user, { taxonomy: tx });
  it("passes on-track, reachable, open jobs", () =>
    expect(prefilter(u, compileJob(job))).toBe(true));
  it("accepts adjacent role families and rejects unrelated ones", () => {
    expect(prefilter(u, compileJob({ ...job, role_family: "devops_sre" }))).toBe(true);
    expect(prefilter(u, compileJob({ ...job, role_family: "teaching_education" }))).toBe(false);
  });
  it("rejects far seniority, unreachable cities and closed jobs", () => {
    expect(prefilter(u, compileJob({ ...job, seniority: "director" }))).toBe(false);
    expect(prefilter(u, compileJob({ ...job, cities: ["kolkata"] }))).toBe(false);
    expect(prefilter(u, compileJob({ ...job, cities: ["bengaluru"] }))).toBe(true);
    expect(prefilter(u, compileJob({ ...job, active: false }))).toBe(false);
  });
});
