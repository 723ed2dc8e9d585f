import { z } from "@hono/zod-openapi";
import * as db from "../db/schema/enums.ts";

/**
 * The wire shapes of the gateway API: one schema per shape. The gateway validates requests
 * with them, `GET /openapi.json` is generated from them, and the typed client infers its
 * types from them. Field names are the database's column names.
 */

export const Uuid = z.uuid().openapi({ example: "0b6f6c39-8a3e-4c0b-9a43-6a1f3d1c2e55" });
export const Timestamp = z.iso
  .datetime({ offset: true })
  .openapi({ example: "2026-11-23T10:00:00Z" });

// Closed value sets come from the data model (shared/db/schema), which a drift test keeps
// equal to the database's CHECK constraints: one spelling everywhere.
export const Platform = db.Platform.openapi("Platform");
export const Persona = db.Persona.openapi("Persona");
export const Tier = db.Tier;
export const WorkMode = db.WorkMode;
export const ApplicationStatus = db.ApplicationStatus.openapi("ApplicationStatus");
export const AutoStatus = db.AutoStatus;
export const APPLICATION_STATUSES = db.ApplicationStatus.options;
export const PaidPlan = db.Tier.exclude(["free"]);

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string(),
      details: z.unknown().optional(),
      request_id: z.string(),
    }),
  })
  .openapi("Error");

/** Opaque keyset cursor; pass back `next_cursor` to get the next page. */
export const Cursor = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);
export const PageLimit = z.coerce.number().int().min(1).max(50).default(20);

// ---------------------------------------------------------------------------------------
// Identity

export const QuietHours = z.object({
  start: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .openapi({ example: "22:00" }),
  end: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .openapi({ example: "08:00" }),
});

/** The user as the SPA sees them: no tokens, no sessions, no Razorpay ids. */
export const User = z
  .object({
    id: Uuid,
    email: z.string().nullable(),
    full_name: z.string().nullable(),
    tier: Tier,
    subscription_expires_at: Timestamp.nullable(),
    persona: Persona.nullable(),
    current_title: z.string().nullable(),
    experience_years: z.number().nullable(),
    current_ctc_lpa: z.number().nullable(),
    expected_ctc_lpa: z.number().nullable(),
    cities_preferred: z.array(z.string()),
    work_modes_preferred: z.array(WorkMode),
    notice_period_days: z.number().int().nullable(),
    wa_phone: z.string().nullable(),
    wa_opted_in: z.boolean(),
    quiet_hours: QuietHours.nullable(),
    onboarding_completed: z.boolean(),
    dashboard_ready: z.boolean(),
    auto_apply_enabled: z.boolean(),
    auto_apply_paused: z.boolean(),
    review_mode_until: Timestamp.nullable(),
    daily_apply_limit: z.number().int(),
    created_at: Timestamp,
  })
  .openapi("User");

export const GoogleSignInBody = z
  .object({ id_token: z.string().min(20).max(8192) })
  .openapi("GoogleSignIn");

export const Session = z
  .object({
    access_token: z.string(),
    token_type: z.literal("bearer"),
    expires_in: z.number().int().openapi({ example: 900 }),
    user: User,
  })
  .openapi("Session");

export const DevIdTokenBody = z.object({
  email: z.email().max(254),
  name: z.string().min(1).max(200).optional(),
});
export const DevIdToken = z.object({ id_token: z.string() });

// ---------------------------------------------------------------------------------------
// Vault

export const SessionCookie = z
  .object({
    name: z.string().min(1).max(256),
    value: z.string().max(8192),
    domain: z.string().min(1).max(253),
    path: z.string().max(1024).optional(),
    expires: z
      .number()
      .optional()
      .openapi({ description: "Unix seconds; -1 for a session cookie" }),
    httpOnly: z.boolean().optional(),
    secure: z.boolean().optional(),
    sameSite: z.enum(["Strict", "Lax", "None"]).optional(),
  })
  .openapi("SessionCookie");

export const VaultCaptureBody = z
  .object({
    platform: Platform,
    cookies: z.array(SessionCookie).min(1).max(300),
    user_agent: z.string().min(1).max(1000),
    viewport: z.object({
      width: z.number().int().min(100).max(10000),
      height: z.number().int().min(100).max(10000),
    }),
    expires_at: Timestamp.optional(),
  })
  .openapi("VaultCapture");

export const VaultCaptureResult = z
  .object({ platform: Platform, is_valid: z.boolean(), estimated_expires_at: Timestamp.nullable() })
  .openapi("VaultCaptureResult");

export const Connection = z
  .object({
    platform: Platform,
    is_valid: z.boolean(),
    estimated_expires_at: Timestamp.nullable(),
    last_checked_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Connection");

export const ConnectionList = z.object({ connections: z.array(Connection) });
export const PlatformParam = z.object({ platform: Platform });

// ---------------------------------------------------------------------------------------
// Resume and persona

export const ResumeUploadForm = z.object({
  file: z
    .custom<File>((v) => typeof v === "object" && v !== null && "arrayBuffer" in v, {
      message: "a file is required",
    })
    .openapi({ type: "string", format: "binary", description: "PDF, DOCX or TXT, at most 5 MB" }),
});

export const PersonaOption = z
  .object({
    position: z.number().int().min(1).max(3),
    persona: Persona,
    headline: z.string(),
    summary: z.string().nullable(),
    target_roles: z.array(z.string()),
  })
  .openapi("PersonaOption");

export const ResumeUploadResult = z
  .object({
    resume_id: Uuid,
    persona_options: z.array(PersonaOption),
    extracted_summary: z.string().nullable(),
  })
  .openapi("ResumeUploadResult");

export const PersonaChoiceBody = z
  .object({
    resume_id: Uuid,
    choice: z.number().int().min(1).max(3).openapi({ description: "position of the option" }),
  })
  .openapi("PersonaChoice");

export const PersonaAccepted = z.object({
  status: z.literal("accepted"),
  persona: Persona,
  started: z.array(z.string()),
});

// ---------------------------------------------------------------------------------------
// Applications

export const ApplicationJob = z.object({
  id: Uuid,
  title: z.string(),
  company: z.string(),
  city: z.string().nullable(),
  work_mode: z.string().nullable(),
});

export const Application = z
  .object({
    id: Uuid,
    job: ApplicationJob,
    method: db.ApplicationMethod,
    status: ApplicationStatus,
    auto_status: AutoStatus.nullable(),
    fit_score_at_apply: z.number().int().nullable(),
    notes: z.string().nullable(),
    applied_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Application");

export const ApplicationCreateBody = z
  .union([
    z.object({ job_id: Uuid, notes: z.string().max(2000).optional() }).strict(),
    z
      .object({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        company: z.string().trim().min(1).max(200),
        title: z.string().trim().min(1).max(200),
        notes: z.string().max(2000).optional(),
      })
      .strict(),
  ])
  .openapi("ApplicationCreate");

export const ApplicationListQuery = z.object({
  status: ApplicationStatus.optional(),
  cursor: Cursor.optional(),
  limit: PageLimit,
});

export const ApplicationPage = z.object({
  items: z.array(Application),
  next_cursor: z.string().nullable(),
});

export const ApplicationPatchBody = z
  .object({ status: ApplicationStatus })
  .openapi("ApplicationPatch");
export const IdParam = z.object({ id: Uuid });

// ---------------------------------------------------------------------------------------
// User settings

export const RolesBody = z
  .object({
    roles: z
      .array(
        z.object({
          role_family: z
            .string()
            .regex(/^[a-z0-9][a-z0-9_]*$/)
            .max(80),
          priority: z.number().int().min(1).max(5),
          title: z.string().trim().min(1).max(120).optional(),
        }),
      )
      .max(5)
      .refine((r) => new Set(r.map((x) => x.priority)).size === r.length, {
        message: "priorities must be unique",
      }),
  })
  .openapi("Roles");

export const TargetRole = z.object({
  role_family: z.string().nullable(),
  title: z.string(),
  priority: z.number().int(),
});
export const RolesResult = z.object({ roles: z.array(TargetRole), fit_scores_stale: z.boolean() });

export const PreferencesBody = z
  .object({
    cities_preferred: z.array(z.string().trim().min(1).max(80)).max(10),
    work_modes_preferred: z.array(WorkMode).max(3),
    current_ctc_lpa: z.number().min(0).max(99999).nullable(),
    expected_ctc_lpa: z.number().min(0).max(99999).nullable(),
    notice_period_days: z.number().int().min(0).max(365).nullable(),
    auto_apply_enabled: z.boolean(),
    auto_apply_paused: z.boolean(),
    daily_apply_limit: z.number().int().min(5).max(25),
    review_mode: z.boolean().openapi({ description: "hold auto applications for approval" }),
    quiet_hours: QuietHours,
    wa_phone: z
      .string()
      .regex(/^\+[1-9][0-9]{7,14}$/, "must be E.164, e.g. +919812345678")
      .nullable(),
    wa_opted_in: z.boolean(),
  })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "nothing to change" })
  .openapi("Preferences");

export const UserResult = z.object({ user: User });

// ---------------------------------------------------------------------------------------
// Notifications

export const Notification = z
  .object({
    id: Uuid,
    channel: db.NotificationChannel,
    type: z.string(),
    priority: db.NotificationPriority,
    title: z.string(),
    body: z.string(),
    data: z.record(z.string(), z.unknown()),
    status: db.NotificationStatus,
    read_at: Timestamp.nullable(),
    created_at: Timestamp,
  })
  .openapi("Notification");

export const NotificationPatchBody = z.object({ status: z.literal("read") });

// ---------------------------------------------------------------------------------------
// Dashboard

export const Match = z
  .object({
    job: ApplicationJob.extend({
      salary_min_inr: z.number().int().nullable(),
      salary_max_inr: z.number().int().nullable(),
      posted_at: Timestamp.nullable(),
    }),
    score: z.number().int(),
    label: db.FitLabel.nullable(),
    recommendation: db.Recommendation,
    explanation: z.object({
      reasons: z.array(z.string()),
      matched_skills: z.array(z.string()),
      missing_skills: z.array(z.string()),
      components: z.record(z.string(), z.unknown()),
    }),
    computed_at: Timestamp,
  })
  .openapi("Match");

export const DashboardQuery = z.object({
  limit: PageLimit,
  matches_cursor: Cursor.optional(),
  applications_cursor: Cursor.optional(),
  notifications_cursor: Cursor.optional(),
});

export const Dashboard = z
  .object({
    user: User,
    dashboard_ready: z.boolean(),
    connections: z.array(Connection),
    matches: z.object({ items: z.array(Match), next_cursor: z.string().nullable() }),
    applications: z.object({
      counts: z.record(z.string(), z.number().int()),
      recent: z.array(Application),
      next_cursor: z.string().nullable(),
    }),
    notifications: z.object({
      unread_count: z.number().int(),
      items: z.array(Notification),
      next_cursor: z.string().nullable(),
    }),
    skill_gaps: z
      .object({
        target_role: z.string().nullable(),
        role_family: z.string().nullable(),
        readiness_score: z.number().int().nullable(),
        matched_skills: z.unknown(),
        missing_skills: z.unknown(),
        learning_plan: z.unknown(),
        computed_at: Timestamp,
      })
      .nullable(),
    career_intel: z
      .object({
        summary: z.string().nullable(),
        market_position: z.unknown(),
        salary_insight: z.unknown(),
        trending_skills: z.unknown(),
        recommendations: z.unknown(),
        computed_at: Timestamp,
      })
      .nullable(),
    apply_counts: z.object({
      today: z.number().int(),
      daily_cap: z.number().int(),
      this_month: z.number().int(),
      monthly_cap: z.number().int(),
    }),
  })
  .openapi("Dashboard");

// ---------------------------------------------------------------------------------------
// Billing

export const CheckoutBody = z.object({ plan: PaidPlan }).openapi("Checkout");

export const CheckoutResult = z
  .object({
    key_id: z.string(),
    plan: PaidPlan,
    amount: z.number().int().openapi({ description: "paise, GST included" }),
    currency: z.literal("INR"),
    order_id: z.string().optional(),
    subscription_id: z.string().optional(),
    name: z.string(),
    description: z.string(),
  })
  .openapi("CheckoutResult");

export const WebhookResult = z.object({
  status: z.enum(["processed", "duplicate", "ignored"]),
});
