import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  EMPTY_PROFILE,
  type Applicant,
  type Facts,
  type MemoryAnswer,
} from "../../../worker-exec/src/apply/applicant.ts";
import type { Profile } from "../../../shared/intelligence/resume/profile-schema.ts";

/** A parsed résumé as `talvix resume parse` prints it. */
export const PROFILE: Profile = {
  ...EMPTY_PROFILE,
  name: "Priya Sharma",
  email: "priya.sharma@example.in",
  phone: "+91 98765 43210",
  city: "Bengaluru",
  links: {
    linkedin: "https://linkedin.com/in/priya-sharma",
    github: "https://github.com/priyas",
    portfolio: null,
  },
  headline: "Backend engineer, payments",
  total_experience_years: 5,
  current_title: "Senior Software Engineer",
  current_company: "Paywiz Technologies",
  skills: { ids: ["python", "typescript"], raw: ["Python", "TypeScript"] },
};

/** Everything the sandbox forms ask, stated by the user. */
export const FULL_FACTS: Facts = {
  work_authorized: true,
  requires_sponsorship: false,
  notice_period_days: 30,
  current_ctc_lpa: 18,
  expected_ctc_lpa: 26,
  willing_to_relocate: true,
  skill_years: { python: 5, typescript: 3, react: 2 },
};

export function resumeFile(): { path: string; name: string; sha256: string } {
  const dir = mkdtempSync(join(tmpdir(), "talvix-apply-"));
  const path = join(dir, "Priya_Sharma_Resume.pdf");
  const bytes = Buffer.from("%PDF-1.4\n% sandbox resume of Priya Sharma\n%%EOF\n");
  writeFileSync(path, bytes);
  return {
    path,
    name: "Priya_Sharma_Resume.pdf",
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

export function applicant(
  facts: Facts = FULL_FACTS,
  memory: Record<string, MemoryAnswer> = {},
): Applicant {
  return { profile: PROFILE, facts, memory: new Map(Object.entries(memory)), resume: resumeFile() };
}
