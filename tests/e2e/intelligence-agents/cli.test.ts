import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Profile } from "../../../shared/intelligence/index.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const RESUMES = "tests/fixtures/resumes/";

function talvix(
  args: string[],
  stdin?: string,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/talvix.mjs", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin ?? "");
  });
}

const JD = `Senior Backend Engineer
About us
We build payments infrastructure in Bengaluru.
Requirements
- 4-8 years of experience with Java, Spring Boot and PostgreSQL
- Experience with Kafka is a plus
Location: Bengaluru (Hybrid)
CTC: 25-35 LPA`;

describe("talvix resume | jd | score", () => {
  it("runs the same engines from the command line", async () => {
    const [resume, jd, score, html] = await Promise.all([
      talvix(["resume", "parse", `${RESUMES}aarav-sharma-sde.pdf`]),
      talvix(["jd", "parse", "-"], JD),
      talvix(
        ["score", "--resume", `${RESUMES}aarav-sharma-sde.pdf`, "--jd", "-", "--company", "Paywiz"],
        JD,
      ),
      talvix(
        ["jd", "parse", "-", "--title", "Data Analyst"],
        "<html><body><h2>Requirements</h2><ul><li>SQL and Excel</li><li>Power BI</li></ul><p>Location: Pune</p></body></html>",
      ),
    ]);
    expect(resume.code, resume.err).toBe(0);
    const profile = Profile.parse(JSON.parse(resume.out));
    expect(profile.name).toBe("Aarav Sharma");

    expect(jd.code, jd.err).toBe(0);
    const clean = JSON.parse(jd.out);
    expect(clean).toMatchObject({
      role_family: "backend",
      locations: ["bengaluru"],
      experience: { min: 4, max: 8 },
      salary_inr: { min: 2_500_000, max: 3_500_000 },
    });
    expect(clean.skills.required).toEqual(expect.arrayContaining(["java", "spring-boot"]));
    expect(clean.skills.nice_to_have).toContain("apache-kafka");

    expect(score.code, score.err).toBe(0);
    const fit = JSON.parse(score.out);
    expect(fit.score).toBeGreaterThanOrEqual(0);
    expect(fit.score).toBeLessThanOrEqual(100);
    expect(fit).toMatchObject({ label: expect.any(String), recommendation: expect.any(String) });
    expect(fit.matched_skills).toEqual(expect.arrayContaining(["java"]));
    expect(fit.reasons.length).toBeGreaterThan(0);

    expect(html.code, html.err).toBe(0);
    expect(JSON.parse(html.out)).toMatchObject({
      role_family: "data_analytics",
      locations: ["pune"],
    });
  });

  it("answers bad input with one clear line and a non-zero exit, never a stack trace", async () => {
    const cases = await Promise.all([
      talvix(["resume", "parse", `${RESUMES}scanned-resume.pdf`]),
      talvix(["resume", "parse", "no/such/file.pdf"]),
      talvix(["resume"]),
      talvix(["jd", "parse", "-"], "   \n"),
      talvix(["score", "--resume", `${RESUMES}aarav-sharma-sde.pdf`]),
      talvix(
        [
          "score",
          "--resume",
          `${RESUMES}aarav-sharma-sde.pdf`,
          "--jd",
          "-",
          "--expected-lpa",
          "lots",
        ],
        JD,
      ),
      talvix(["jd", "parse", "x.html", "--bogus"]),
    ]);
    const [scanned, missing, usage, empty, noJd, badNumber, badFlag] = cases;
    expect(scanned!.err).toMatch(/needs_text/);
    expect(missing!.err).toMatch(/cannot read résumé no\/such\/file\.pdf: no such file/);
    expect(usage!.err).toMatch(/usage: talvix resume parse/);
    expect(empty!.err).toMatch(/empty/);
    expect(noJd!.err).toMatch(/usage: talvix score/);
    expect(badNumber!.err).toMatch(/--expected-lpa must be a positive number/);
    expect(badFlag!.err).toMatch(/bogus/);
    for (const c of cases) {
      expect(c.code).not.toBe(0);
      expect(c.out).toBe("");
      expect(c.err.trim().split("\n")).toHaveLength(1);
      expect(c.err).not.toMatch(/\n\s+at /);
    }
    expect([scanned, missing, empty].map((c) => c!.code)).toEqual([1, 1, 1]);
    expect([usage, noJd, badNumber, badFlag].map((c) => c!.code)).toEqual([2, 2, 2, 2]);
  });
});
