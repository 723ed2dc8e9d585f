import { z } from "zod";
import { int, jsonObject, numeric, timestamp, uuid } from "./columns.ts";
import { CompanyPrefKind, Persona, Tier, WorkMode } from "./enums.ts";

/** users: one row per auth.users row (created by a trigger on sign-up). */
export const UserRow = z.object({
  id: uuid,
  email: z.string().nullable(),
  full_name: z.string().nullable(),
  phone: z.string().nullable(),
  tier: Tier,
  subscription_started_at: timestamp.nullable(),
  subscription_expires_at: timestamp.nullable(),
  razorpay_customer_id: z.string().nullable(),
  razorpay_subscription_id: z.string().nullable(),
  persona: Persona.nullable(),
  current_title: z.string().nullable(),
  experience_years: numeric.nullable(),
  current_ctc_lpa: numeric.nullable(),
  expected_ctc_lpa: numeric.nullable(),
  cities_preferred: z.array(z.string()),
  work_modes_preferred: z.array(WorkMode),
  notice_period_days: int.nullable(),
  wa_phone: z.string().nullable(),
  wa_opted_in: z.boolean(),
  notif_prefs: jsonObject,
  fit_scores_stale: z.boolean(),
  skill_gap_stale: z.boolean(),
  career_intel_stale: z.boolean(),
  onboarding_completed: z.boolean(),
  dashboard_ready: z.boolean(),
  auto_apply_enabled: z.boolean(),
  auto_apply_paused: z.boolean(),
  auto_apply_activated_at: timestamp.nullable(),
  review_mode_until: timestamp.nullable(),
  daily_apply_limit: int,
  applies_today: int,
  applies_this_month: int,
  last_active_at: timestamp.nullable(),
  deleted_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type UserRow = z.infer<typeof UserRow>;

/** The columns a signed-in user may change on their own row (column GRANT UPDATE). */
export const USER_EDITABLE_COLUMNS = [
  "full_name",
  "phone",
  "persona",
  "current_title",
  "experience_years",
  "current_ctc_lpa",
  "expected_ctc_lpa",
  "cities_preferred",
  "work_modes_preferred",
  "notice_period_days",
  "wa_phone",
  "wa_opted_in",
  "notif_prefs",
  "auto_apply_paused",
  "daily_apply_limit",
] as const satisfies readonly (keyof UserRow)[];

export const UserTargetRoleRow = z.object({
  id: uuid,
  user_id: uuid,
  title: z.string(),
  role_family: z.string().nullable(),
  priority: int,
  created_at: timestamp,
});
export type UserTargetRoleRow = z.infer<typeof UserTargetRoleRow>;

export const UserCompanyPrefRow = z.object({
  id: uuid,
  user_id: uuid,
  company: z.string(),
  company_canonical: z.string(),
  kind: CompanyPrefKind,
  created_at: timestamp,
});
export type UserCompanyPrefRow = z.infer<typeof UserCompanyPrefRow>;
