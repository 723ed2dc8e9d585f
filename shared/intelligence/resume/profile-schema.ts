import { z } from "zod";
import { SENIORITY_LEVELS } from "../normalise/seniority.ts";

const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const WorkEntry = z.object({
  company: z.string().nullable(),
  title: z.string().nullable(),
  start: YearMonth.nullable(),
  /** null means "present". */
  end: YearMonth.nullable(),
  bullets: z.array(z.string()),
});
export type WorkEntry = z.infer<typeof WorkEntry>;

export const EducationEntry = z.object({
  degree: z.string(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  year: z.number().int().nullable(),
  cgpa: z.number().nullable(),
  percentage: z.number().nullable(),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

/** Only facts present in the résumé; absent facts are null or empty, never guessed. */
export const Profile = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  city: z.string().nullable(),
  links: z.object({
    linkedin: z.string().nullable(),
    github: z.string().nullable(),
    portfolio: z.string().nullable(),
  }),
  headline: z.string().nullable(),
  total_experience_years: z.number().nullable(),
  current_title: z.string().nullable(),
  current_company: z.string().nullable(),
  seniority: z.enum(SENIORITY_LEVELS).nullable(),
  work_history: z.array(WorkEntry),
  education: z.array(EducationEntry),
  skills: z.object({ ids: z.array(z.string()), raw: z.array(z.string()) }),
  certifications: z.array(z.string()),
  projects: z.array(z.object({ name: z.string(), description: z.string() })),
  languages: z.array(z.string()),
  notice_period_days: z.number().int().nullable(),
  current_ctc_lpa: z.number().nullable(),
  expected_ctc_lpa: z.number().nullable(),
});
export type Profile = z.infer<typeof Profile>;
