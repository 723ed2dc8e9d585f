import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  extractResumeText,
  loadTaxonomy,
  parseResume,
  personaOptions,
  Profile,
} from "../../../shared/intelligence/index.ts";
import { scoreProfile, type ExpectedProfile, type FieldResult } from "./helpers/score-profile.ts";

const DIR = fileURLToPath(new URL("../../fixtures/resumes/", import.meta.url));
/** Fails the suite if field accuracy over all fixtures drops below this. */
const ACCURACY_FLOOR = 0.95;

interface Fixture {
  file: string;
  mime: string;
  status: string;
  as_of?: string;
  profile?: ExpectedProfile;
}

const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => JSON.parse(readFileSync(DIR + f, "utf8")) as Fixture);

const parsed = new Map<string, Profile>();
const results = new Map<string, FieldResult[]>();

beforeAll(async () => {
  for (const fx of fixtures.filter((f) => f.status === "ok")) {
    const r = await extractResumeText(new Uint8Array(readFileSync(DIR + fx.file)), fx.mime);
    if (r.status !== "ok") throw new Error(`${fx.file}: ${r.status}`);
    const p = parseResume(r.text, { asOf: new Date(fx.as_of ?? "2025-06-01") });
    parsed.set(fx.file, p);
    results.set(fx.file, scoreProfile(fx.profile as ExpectedProfile, p));
  }
});

describe("résumé fixtures", () => {
  it("has at least 20 résumés across PDF, DOCX and text", () => {
    const ok = fixtures.filter((f) => f.status === "ok");
    expect(ok.length).toBeGreaterThanOrEqual(20);
    for (const ext of [".pdf", ".docx", ".txt"])
      expect(
        ok.some((f) => f.file.endsWith(ext)),
        ext,
      ).toBe(true);
  });

  it(`parses fields at or above ${ACCURACY_FLOOR * 100}% accuracy`, () => {
    let ok = 0;
    let total = 0;
    for (const [file, res] of results) {
      ok += res.filter((r) => r.ok).length;
      total += res.length;
      for (const miss of res.filter((r) => !r.ok)) {
        console.log(
          `  miss ${file} ${miss.field}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(miss.actual)}`,
        );
      }
    }
    console.log(`resume fields: ${ok}/${total} correct (${((100 * ok) / total).toFixed(1)}%)`);
    expect(ok / total).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it("produces profiles that satisfy the Profile schema", () => {
    for (const p of parsed.values()) expect(() => Profile.parse(p)).not.toThrow();
  });

  it("flags an image-only PDF as needs_text instead of inventing a profile", async () => {
    const r = await extractResumeText(
      new Uint8Array(readFileSync(`${DIR}scanned-resume.pdf`)),
      "application/pdf",
    );
    expect(r.status).toBe("needs_text");
  });

  it("detects the two-column layout and reads the sidebar as its own block", async () => {
    const r = await extractResumeText(
      new Uint8Array(readFileSync(`${DIR}priya-nair-data-analyst.pdf`)),
      "application/pdf",
    );
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.layouts).toEqual(["two_column"]);
    const lines = r.text.split("\n");
    // Sidebar skills come out as consecutive lines, not interleaved with experience bullets.
    const i = lines.indexOf("SQL");
    expect(lines.slice(i, i + 3)).toEqual(["SQL", "Power BI", "Python"]);
  });

  it("reads table rows as rows", async () => {
    const r = await extractResumeText(
      new Uint8Array(readFileSync(`${DIR}manoj-kumar-supply-chain.pdf`)),
      "application/pdf",
    );
    expect(
      r.status === "ok" && r.text.includes("MBA Operations | Anna University | 2014 | 70%"),
    ).toBe(true);
  });

  it("rejects unsupported types", async () => {
    expect((await extractResumeText(new Uint8Array([1, 2, 3]), "image/png")).status).toBe(
      "unsupported",
    );
  });

  it("leaves absent facts empty rather than guessing", () => {
    const p = parseResume("Anil Kumar\nSKILLS\nExcel, Tally\n", { asOf: new Date("2025-06-01") });
    expect(p).toMatchObject({
      email: null,
      phone: null,
      city: null,
      total_experience_years: null,
      current_company: null,
    });
    expect(p.work_history).toEqual([]);
    expect(p.skills.ids).toEqual(["microsoft-excel", "tally"]);
  });
});

describe("personaOptions", () => {
  const tx = loadTaxonomy();
  it("offers exactly three options built from the person's own facts", () => {
    for (const [file, p] of parsed) {
      const opts = personaOptions(p, tx);
      expect(opts, file).toHaveLength(3);
      expect(new Set(opts.map((o) => o.role_families[0])).size, file).toBe(3);
      for (const [i, o] of opts.entries()) {
        const words = o.summary.split(/\s+/).length;
        expect(words, file).toBeLessThanOrEqual(220);
        expect(words, file).toBeGreaterThan(20);
        // Facts only: every number in a summary appears in the parsed profile.
        const facts = JSON.stringify(p);
        for (const n of o.summary.match(/\d+(?:\.\d+)?/g) ?? [])
          expect(facts, `${file}: ${n}`).toContain(n);
        if (p.current_company && i === 0) expect(o.summary).toContain(`at ${p.current_company}`);
      }
    }
  });

  it("titles read like job titles and sentences never end in a double full stop", () => {
    for (const [file, p] of parsed) {
      for (const o of personaOptions(p, tx)) {
        expect(o.summary, file).not.toMatch(/\.\.(\s|$)/);
        // A title made from a family, not the person's own history, names a job.
        const own = p.work_history.some((e) => e.title === o.title) || p.current_title === o.title;
        if (!own)
          expect(o.title, file).toMatch(
            /(Engineer|Developer|Analyst|Scientist|Manager|Designer|Executive|Accountant|Teacher|Writer|Consultant)$/,
          );
      }
    }
  });
});
