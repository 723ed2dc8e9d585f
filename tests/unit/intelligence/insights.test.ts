import { describe, expect, it } from "vitest";
import {
  careerScore,
  learningResources,
  loadTaxonomy,
  percentileRank,
  rankSkillGaps,
  salaryBands,
} from "../../../shared/intelligence/index.ts";

const tx = loadTaxonomy();

describe("rankSkillGaps", () => {
  const gaps = rankSkillGaps(
    ["java", "spring-boot", "mysql"],
    { "apache-kafka": 40, kubernetes: 40, "google-ads": 40, java: 90, tally: 5, "made-up": 99 },
    tx,
  );

  it("lists only missing, known skills", () => {
    expect(gaps.map((g) => g.skill_id)).not.toContain("java");
    expect(gaps.map((g) => g.skill_id)).not.toContain("made-up");
  });

  it("ranks closer skills above equally demanded distant ones", () => {
    const order = gaps.map((g) => g.skill_id);
    expect(order.indexOf("apache-kafka")).toBeLessThan(order.indexOf("google-ads"));
    expect(gaps.find((g) => g.skill_id === "google-ads")?.closeness).toBe(0.2);
  });

  it("estimates hours and attaches curated resources only where they exist", () => {
    const k8s = gaps.find((g) => g.skill_id === "kubernetes");
    expect(k8s?.est_hours).toBeGreaterThan(0);
    expect(k8s?.resources[0]?.url).toBe("https://kubernetes.io/docs/tutorials/");
    expect(gaps.find((g) => g.skill_id === "apache-kafka")?.resources.length).toBeGreaterThan(0);
    expect(rankSkillGaps([], { "shell-scripting": 3 }, tx)[0]?.resources).toEqual([]);
  });
});

describe("learning resources", () => {
  it("reference real taxonomy skills over https", () => {
    for (const [id, list] of learningResources()) {
      expect(tx.skillById.has(id), id).toBe(true);
      for (const r of list) expect(r.url.startsWith("https://")).toBe(true);
    }
  });
});

describe("salary math", () => {
  it("computes percentile bands", () => {
    expect(salaryBands([10, 20, 30, 40, 50])).toEqual({
      p25: 20,
      p50: 30,
      p75: 40,
      p90: 46,
      count: 5,
    });
    expect(salaryBands([])).toBeNull();
    expect(percentileRank(30, [10, 20, 30, 40])).toBe(0.75);
  });
});

describe("careerScore", () => {
  it("weights skills 30, experience 25, demand 25, salary 20", () => {
    expect(careerScore({ skills: 1, experience: 1, demand: 1, salaryPercentile: 1 }).score).toBe(
      100,
    );
    expect(careerScore({ skills: 1, experience: 0, demand: 0, salaryPercentile: 0 }).score).toBe(
      30,
    );
    expect(careerScore({ skills: 0, experience: 0, demand: 0, salaryPercentile: 0.5 }).score).toBe(
      10,
    );
    expect(
      careerScore({ skills: 2, experience: -1, demand: Number.NaN, salaryPercentile: 0 }).score,
    ).toBe(30);
  });
});
