import { z } from "zod";
import { int, jsonArray, jsonObject, leaseColumns, numeric, timestamp, uuid } from "./columns.ts";
import {
  EmploymentType,
  LeaseState,
  JobSource,
  ScrapeTrigger,
  Seniority,
  SkillImportance,
  WorkMode,
} from "./enums.ts";

export const RoleFamilyRow = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  parent_id: z.string().nullable(),
  keywords: z.array(z.string()),
  created_at: timestamp,
});
export type RoleFamilyRow = z.infer<typeof RoleFamilyRow>;

export const SkillRow = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  category: z.string(),
  role_families: z.array(z.string()),
  created_at: timestamp,
});
export type SkillRow = z.infer<typeof SkillRow>;

export const JobRow = z.object({
  id: uuid,
  fingerprint: z.string(),
  title: z.string(),
  title_canonical: z.string(),
  company: z.string(),
  company_canonical: z.string(),
  city: z.string().nullable(),
  locations: z.array(z.string()),
  work_mode: WorkMode.nullable(),
  employment_type: EmploymentType.nullable(),
  seniority: Seniority.nullable(),
  role_family: z.string().nullable(),
  salary_min_inr: int.nullable(),
  salary_max_inr: int.nullable(),
  exp_min_years: numeric.nullable(),
  exp_max_years: numeric.nullable(),
  jd_path: z.string().nullable(),
  jd_text: z.string().nullable(),
  jd_sections: jsonObject.nullable(),
  jd_cleaned: z.boolean(),
  is_active: z.boolean(),
  is_new: z.boolean(),
  posted_at: timestamp.nullable(),
  first_seen_at: timestamp,
  last_seen_at: timestamp,
  created_at: timestamp,
  updated_at: timestamp,
  /** The scrape run that first stored the job, and the last one that saw it. */
  first_run_id: uuid.nullable(),
  last_run_id: uuid.nullable(),
  /** The easiest apply route among every portal listing the job (discovery picks it). */
  apply_url: z.string().nullable(),
  apply_source: z.string().nullable(),
  easy_apply: z.boolean(),
  /** A remote role anyone in India can take (jd-clean decides it). */
  remote_india: z.boolean(),
});
export type JobRow = z.infer<typeof JobRow>;

export const JobSourceRow = z.object({
  id: uuid,
  job_id: uuid,
  source: JobSource,
  external_id: z.string(),
  url: z.string(),
  apply_url: z.string().nullable(),
  easy_apply: z.boolean(),
  first_seen_at: timestamp,
  last_seen_at: timestamp,
});
export type JobSourceRow = z.infer<typeof JobSourceRow>;

export const JobSkillRow = z.object({
  job_id: uuid,
  skill_id: z.string(),
  importance: SkillImportance,
});
export type JobSkillRow = z.infer<typeof JobSkillRow>;

/** Leased by worker-exec; the lease state is `status`. */
export const ScrapeRunRow = z.object({
  id: uuid,
  trigger: ScrapeTrigger,
  run_date: timestamp,
  status: LeaseState,
  ...leaseColumns,
  started_at: timestamp.nullable(),
  finished_at: timestamp.nullable(),
  targets: jsonArray,
  source_counts: jsonObject,
  source_failures: jsonObject,
  jobs_seen: int,
  jobs_new: int,
  has_new_jobs: z.boolean(),
  jd_clean_complete: z.boolean(),
  scoring_complete: z.boolean(),
  created_at: timestamp,
  /** Last jd-clean wake-up sent for this run, and how many were sent. */
  jd_clean_woken_at: timestamp.nullable(),
  jd_clean_wakeups: int,
});
export type ScrapeRunRow = z.infer<typeof ScrapeRunRow>;
