import { z } from "zod";
import { int, jsonArray, jsonObject, leaseColumns, timestamp, uuid } from "./columns.ts";
import {
  AnswerSource,
  ApplicationMethod,
  ApplicationStatus,
  AutoStatus,
  DomainLeaseState,
  FitLabel,
  Platform,
  Recommendation,
} from "./enums.ts";

export const JobFitScoreRow = z.object({
  user_id: uuid,
  job_id: uuid,
  score: int,
  label: FitLabel.nullable(),
  recommendation: Recommendation,
  components: jsonObject,
  matched_skills: z.array(z.string()),
  missing_skills: z.array(z.string()),
  reasons: z.array(z.string()),
  model_version: z.string(),
  computed_at: timestamp,
  expires_at: timestamp,
});
export type JobFitScoreRow = z.infer<typeof JobFitScoreRow>;

export const UserFitScoreCursorRow = z.object({
  user_id: uuid,
  last_job_seen_at: timestamp.nullable(),
  last_job_id: uuid.nullable(),
  last_full_scan_at: timestamp.nullable(),
  model_version: z.string().nullable(),
  updated_at: timestamp,
});
export type UserFitScoreCursorRow = z.infer<typeof UserFitScoreCursorRow>;

/**
 * Domain state: `status` (the user's pipeline) and `auto_status` (auto-apply). Lease state:
 * `lease_status`, armed to 'pending' by a trigger when auto_status becomes 'approved'.
 */
export const JobApplicationRow = z.object({
  id: uuid,
  user_id: uuid,
  job_id: uuid,
  method: ApplicationMethod,
  status: ApplicationStatus,
  auto_status: AutoStatus.nullable(),
  fit_score_at_apply: int.nullable(),
  tailored_resume_path: z.string().nullable(),
  cover_letter_path: z.string().nullable(),
  receipt: jsonObject.nullable(),
  screenshot_paths: z.array(z.string()),
  lease_status: DomainLeaseState,
  ...leaseColumns,
  failure_note: z.string().nullable(),
  notes: z.string().nullable(),
  applied_at: timestamp.nullable(),
  submitted_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type JobApplicationRow = z.infer<typeof JobApplicationRow>;

export const ApplicationAnswerRow = z.object({
  id: uuid,
  user_id: uuid,
  question_key: z.string(),
  question_text: z.string().nullable(),
  answer: z.string(),
  source: AnswerSource,
  platform: Platform.nullable(),
  times_used: int,
  last_used_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type ApplicationAnswerRow = z.infer<typeof ApplicationAnswerRow>;

export const SkillGapResultRow = z.object({
  id: uuid,
  user_id: uuid,
  target_role: z.string().nullable(),
  role_family: z.string().nullable(),
  readiness_score: int.nullable(),
  matched_skills: jsonArray,
  missing_skills: jsonArray,
  learning_plan: jsonArray,
  model_version: z.string(),
  computed_at: timestamp,
});
export type SkillGapResultRow = z.infer<typeof SkillGapResultRow>;

export const CareerIntelligenceRow = z.object({
  id: uuid,
  user_id: uuid,
  summary: z.string().nullable(),
  market_position: jsonObject,
  salary_insight: jsonObject,
  trending_skills: jsonArray,
  recommendations: jsonArray,
  model_version: z.string(),
  computed_at: timestamp,
});
export type CareerIntelligenceRow = z.infer<typeof CareerIntelligenceRow>;

export const SalaryBenchmarkRow = z.object({
  id: uuid,
  role_family: z.string(),
  city: z.string(),
  seniority: z.string(),
  p25_inr: int.nullable(),
  p50_inr: int.nullable(),
  p75_inr: int.nullable(),
  sample_size: int,
  computed_at: timestamp,
  exp_band: z.enum(["all", "0-2", "3-5", "6-9", "10+"]),
  p90_inr: int.nullable(),
});
export type SalaryBenchmarkRow = z.infer<typeof SalaryBenchmarkRow>;
