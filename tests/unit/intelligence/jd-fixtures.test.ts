import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanJd } from "../../../shared/intelligence/index.ts";
import { scoreJd, type JdFixture } from "./helpers/score-jd.ts";

const FILE = fileURLToPath(new URL("../../fixtures/jds/jds.json", import.meta.url));
const ACCURACY_FLOOR = 0.93;
const fixtures = JSON.parse(readFileSync(FILE, "utf8")) as JdFixture[];

describe("JD fixtures", () => {
  it("has at least 60 snippets", () => expect(fixtures.length).toBeGreaterThanOrEqual(60));

  it(`extracts salary, experience, locations and work mode at or above ${ACCURACY_FLOOR * 100}%`, () => {
    let ok = 0;
    let total = 0;
    const perField = new Map<string, [number, number]>();
    for (const fx of fixtures) {
      for (const r of scoreJd(fx, cleanJd(fx.input))) {
        total++;
        if (r.ok) ok++;
        else
          console.log(
            `  miss ${fx.id} ${r.field}: expected ${JSON.stringify(r.expected)}, got ${JSON.stringify(r.actual)}`,
          );
        const key = r.field.split(" ")[0] as string;
        const [a, b] = perField.get(key) ?? [0, 0];
        perField.set(key, [a + (r.ok ? 1 : 0), b + 1]);
      }
    }
    console.log(`jd fields: ${ok}/${total} correct (${((100 * ok) / total).toFixed(1)}%)`);
    console.log(`  by field: ${[...perField].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(", ")}`);
    expect(ok / total).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });
});

describe("cleanJd", () => {
  const jd = cleanJd({
    title: "Senior Backend Engineer",
    html: "<h2>About us</h2><p>We build payroll software.</p><h2>Responsibilities</h2><ul><li>Build APIs in Go</li></ul><h2>Requirements</h2><ul><li>4+ years with PostgreSQL and Docker</li><li>Kafka is a plus</li></ul><h2>Nice to have</h2><ul><li>Kubernetes</li></ul><h2>Benefits</h2><ul><li>Health insurance</li></ul><p>Location: Pune (Hybrid)</p>",
  });

  it("splits sections by heading", () => {
    expect(jd.sections.about).toContain("payroll software");
    expect(jd.sections.responsibilities).toContain("Build APIs in Go");
    expect(jd.sections.benefits).toContain("Health insurance");
  });

  it("separates required from nice-to-have skills", () => {
    expect(jd.skills.required).toEqual(expect.arrayContaining(["go", "postgresql", "docker"]));
    expect(jd.skills.nice_to_have).toEqual(expect.arrayContaining(["kubernetes", "apache-kafka"]));
    expect(jd.skills.required).not.toContain("kubernetes");
    expect(jd.skills.required).not.toContain("apache-kafka");
  });

  it("fills the structured fields", () => {
    expect(jd).toMatchObject({
      role_family: "backend",
      seniority: "senior",
      work_mode: "hybrid",
      locations: ["pune"],
      experience: { min: 4, max: null },
      remote_india: false,
    });
  });
});
