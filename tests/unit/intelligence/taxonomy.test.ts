import { describe, expect, it } from "vitest";
import { buildTaxonomy, loadTaxonomy } from "../../../shared/intelligence/index.ts";

const tx = loadTaxonomy();
const m = (text: string) => tx.matcher.match(text);

describe("taxonomy data", () => {
  it("ships at least 1,500 validated skills and about 20 role families", () => {
    expect(tx.skills.length).toBeGreaterThanOrEqual(1500);
    expect(tx.roleFamilies.length).toBeGreaterThanOrEqual(18);
    for (const id of [
      "software_engineering",
      "frontend",
      "backend",
      "mobile",
      "data_analytics",
      "data_science_ml",
      "devops_sre",
      "qa_testing",
      "product_management",
      "design_ux",
      "sales_bd",
      "marketing",
      "finance_accounting",
      "operations_supply_chain",
      "hr_recruitment",
      "customer_support",
      "teaching_education",
      "business_analysis",
      "content_writing",
      "consulting",
    ]) {
      expect(tx.familyById.has(id), id).toBe(true);
    }
  });

  it("covers Indian non-tech skills", () => {
    for (const id of [
      "tally",
      "gst",
      "tds",
      "ind-as",
      "mis-reporting",
      "sap-fico",
      "payroll",
      "hr-business-partnering",
      "google-ads",
      "search-engine-optimization",
      "lesson-planning",
      "voice-process",
    ]) {
      expect(tx.skillById.has(id), id).toBe(true);
    }
  });

  it("rejects unknown role families and duplicate ids", () => {
    const fam = [{ id: "x", name: "X", title_keywords: ["x"], adjacent: [] }];
    const skill = { id: "a", name: "A", aliases: [], category: "c", role_families: ["x"] };
    expect(() => buildTaxonomy([skill, skill], fam)).toThrow(/duplicate/);
    expect(() => buildTaxonomy([{ ...skill, role_families: ["nope"] }], fam)).toThrow(
      /unknown role family/,
    );
  });
});

describe("skill matcher", () => {
  it("handles symbols and JS spellings", () => {
    expect(m("C++, C# and .NET Core")).toEqual(["cpp", "csharp", "dotnet-core"]);
    expect(m("Node.js / NodeJS")).toEqual(["node-js"]);
    expect(m("React.js, ReactJS, react js")).toEqual(["react"]);
    expect(m("ASP.NET MVC and .NET")).toEqual(["asp-net", "dotnet"]);
  });

  it("matches multi-word phrases, longest first", () => {
    expect(m("Spring Boot microservices")).toEqual(["spring-boot", "microservices"]);
    expect(m("Google Tag Manager")).toEqual(["google-tag-manager"]);
    expect(m("SAP FICO and Tally ERP 9")).toEqual(["sap-fico", "tally"]);
  });

  it("respects word boundaries and list punctuation", () => {
    expect(m("JavaScript")).toEqual(["javascript"]);
    expect(m("Javanese food")).toEqual([]);
    expect(m("Android, Jetpack Compose")).toEqual(["android", "jetpack-compose"]);
    expect(m("CI/CD pipelines")).toEqual(["ci-cd"]);
  });

  it("matches ambiguous short names only in exact case", () => {
    expect(m("Go, R and C")).toEqual(["go", "r", "c"]);
    expect(m("go to the office, r u there")).toEqual([]);
    expect(m("Golang")).toEqual(["go"]);
    expect(m("Spring Boot")).not.toContain("spring");
  });

  it("reports the spelling used and counts", () => {
    expect(tx.matcher.matchDetailed("ReactJS and React")).toEqual([
      { id: "react", matched: "ReactJS", count: 2 },
    ]);
  });

  it("matches a 5 KB JD in well under 1 ms on average", () => {
    const jd =
      "We need Java, Spring Boot, Kafka, AWS, Docker and Kubernetes. Experience with React.js is a plus; SQL, Power BI, GST and Tally for finance. "
        .repeat(40)
        .slice(0, 5000);
    for (let i = 0; i < 50; i++) m(jd);
    const n = 500;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) m(jd);
    const avg = (performance.now() - t0) / n;
    console.log(`skill matcher: ${avg.toFixed(3)} ms per 5 KB JD`);
    expect(avg).toBeLessThan(1);
  });
});
