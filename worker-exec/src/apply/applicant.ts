/**
 * Who is applying: the parsed résumé (a `Profile`, exactly what `talvix resume parse`
 * prints), the facts the user stated themselves (knock-out answers come only from these
 * and from answer memory), the answer memory, and the files to upload.
 */
import { z } from "zod";
import { Profile } from "../../../shared/intelligence/resume/profile-schema.ts";

/** Facts the user gave explicitly (preferences form, CLI `facts` block). Never derived. */
export const Facts = z
  .object({
    first_name: z.string(),
    last_name: z.string(),
    full_name: z.string(),
    email: z.string(),
    phone: z.string(),
    city: z.string(),
    current_company: z.string(),
    current_title: z.string(),
    total_experience_years: z.number(),
    /** Authorised to work in India. */
    work_authorized: z.boolean(),
    requires_sponsorship: z.boolean(),
    notice_period_days: z.number().int().min(0),
    current_ctc_lpa: z.number().min(0),
    expected_ctc_lpa: z.number().min(0),
    willing_to_relocate: z.boolean(),
    criminal_record: z.boolean(),
    disability: z.boolean(),
    gender: z.string(),
    veteran: z.boolean(),
    /** Years of professional experience per skill, e.g. { "python": 4 }. */
    skill_years: z.record(z.string(), z.number().min(0)),
  })
  .partial();
export type Facts = z.infer<typeof Facts>;

export interface MemoryAnswer {
  answer: string;
  source: "user" | "resume" | "profile" | "inferred";
}

export interface ApplicantFile {
  /** A local path Chromium can upload. */
  path: string;
  name: string;
  sha256: string;
}

export interface Applicant {
  profile: Profile;
  facts: Facts;
  /** Answer memory by question key (see questions.ts). */
  memory: Map<string, MemoryAnswer>;
  resume: ApplicantFile;
  coverLetter?: ApplicantFile & { text?: string };
}

export const EMPTY_PROFILE: Profile = {
  name: null,
  email: null,
  phone: null,
  city: null,
  links: { linkedin: null, github: null, portfolio: null },
  headline: null,
  total_experience_years: null,
  current_title: null,
  current_company: null,
  seniority: null,
  work_history: [],
  education: [],
  skills: { ids: [], raw: [] },
  certifications: [],
  projects: [],
  languages: [],
  notice_period_days: null,
  current_ctc_lpa: null,
  expected_ctc_lpa: null,
};

/**
 * The CLI's `--profile` file: a Profile, optionally with a `facts` (or `preferences`) block
 * the user added. Unknown keys of the profile are ignored; bad facts are an error.
 */
export function parseProfileFile(json: unknown): { profile: Profile; facts: Facts } {
  const obj = (json ?? {}) as Record<string, unknown>;
  const profile = Profile.parse({
    ...EMPTY_PROFILE,
    ...obj,
    links: { ...EMPTY_PROFILE.links, ...(obj.links as object) },
  });
  const facts = Facts.parse({
    ...((obj.preferences as object) ?? {}),
    ...((obj.facts as object) ?? {}),
  });
  return { profile, facts };
}
