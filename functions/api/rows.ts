/**
 * Database rows → wire shapes. Each mapper names the columns it exposes, so a new secret
 * column can never reach a response by accident (no `select *` is ever returned as is).
 */
import type {
  Application,
  Connection,
  Notification,
  User,
} from "../../shared/api-client/client.ts";
import type { PersonaOption } from "../../shared/api-client/client.ts";

type Row = Record<string, unknown>;

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));
const num = (v: unknown) => (v == null ? null : Number(v));

/** Columns of `users` the API may show. */
export const USER_COLUMNS = [
  "id",
  "email",
  "full_name",
  "tier",
  "subscription_expires_at",
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
  "onboarding_completed",
  "dashboard_ready",
  "auto_apply_enabled",
  "auto_apply_paused",
  "review_mode_until",
  "daily_apply_limit",
  "applies_today",
  "applies_this_month",
  "created_at",
] as const;

export function toUser(r: Row): User {
  const prefs = (r.notif_prefs ?? {}) as { quiet_hours?: { start: string; end: string } };
  return {
    id: String(r.id),
    email: (r.email as string | null) ?? null,
    full_name: (r.full_name as string | null) ?? null,
    tier: r.tier as "free" | "student" | "professional",
    subscription_expires_at: iso(r.subscription_expires_at),
    persona: (r.persona as User["persona"]) ?? null,
    current_title: (r.current_title as string | null) ?? null,
    experience_years: num(r.experience_years),
    current_ctc_lpa: num(r.current_ctc_lpa),
    expected_ctc_lpa: num(r.expected_ctc_lpa),
    cities_preferred: (r.cities_preferred as string[]) ?? [],
    work_modes_preferred: (r.work_modes_preferred as User["work_modes_preferred"]) ?? [],
    notice_period_days: num(r.notice_period_days),
    wa_phone: (r.wa_phone as string | null) ?? null,
    wa_opted_in: Boolean(r.wa_opted_in),
    quiet_hours: prefs.quiet_hours ?? null,
    onboarding_completed: Boolean(r.onboarding_completed),
    dashboard_ready: Boolean(r.dashboard_ready),
    auto_apply_enabled: Boolean(r.auto_apply_enabled),
    auto_apply_paused: Boolean(r.auto_apply_paused),
    review_mode_until: iso(r.review_mode_until),
    daily_apply_limit: Number(r.daily_apply_limit),
    created_at: iso(r.created_at)!,
  };
}

export function toConnection(r: Row): Connection {
  return {
    platform: r.platform as Connection["platform"],
    is_valid: Boolean(r.is_valid),
    estimated_expires_at: iso(r.estimated_expires_at),
    last_checked_at: iso(r.last_checked_at),
    created_at: iso(r.created_at)!,
    updated_at: iso(r.updated_at)!,
  };
}

/** Expects the application's columns plus job_title, job_company, job_city, job_work_mode. */
export function toApplication(r: Row): Application {
  return {
    id: String(r.id),
    job: {
      id: String(r.job_id),
      title: String(r.job_title),
      company: String(r.job_company),
      city: (r.job_city as string | null) ?? null,
      work_mode: (r.job_work_mode as string | null) ?? null,
    },
    method: r.method as "auto" | "manual",
    status: r.status as Application["status"],
    auto_status: (r.auto_status as Application["auto_status"]) ?? null,
    fit_score_at_apply: num(r.fit_score_at_apply),
    notes: (r.notes as string | null) ?? null,
    applied_at: iso(r.applied_at),
    created_at: iso(r.created_at)!,
    updated_at: iso(r.updated_at)!,
  };
}

export function toNotification(r: Row): Notification {
  return {
    id: String(r.id),
    channel: r.channel as Notification["channel"],
    type: String(r.type),
    priority: r.priority as Notification["priority"],
    title: String(r.title),
    body: String(r.body),
    data: (r.data as Record<string, unknown>) ?? {},
    status: r.status as Notification["status"],
    read_at: iso(r.read_at),
    created_at: iso(r.created_at)!,
  };
}

export function toPersonaOption(r: Row): PersonaOption {
  return {
    position: Number(r.position),
    persona: r.persona as PersonaOption["persona"],
    headline: String(r.headline),
    summary: (r.summary as string | null) ?? null,
    target_roles: (r.target_roles as string[]) ?? [],
  };
}
