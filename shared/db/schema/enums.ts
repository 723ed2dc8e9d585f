import { z } from "zod";

// The closed value sets of the schema. Each mirrors a CHECK constraint in
// supabase/migrations (the drift test compares them).

export const Tier = z.enum(["free", "student", "professional"]);
export type Tier = z.infer<typeof Tier>;

export const Persona = z.enum([
  "student",
  "early_career",
  "professional",
  "switcher",
  "returning",
  "freelancer",
]);
export type Persona = z.infer<typeof Persona>;

export const WorkMode = z.enum(["onsite", "hybrid", "remote"]);
export type WorkMode = z.infer<typeof WorkMode>;

export const Platform = z.enum(["linkedin", "naukri", "indeed", "internshala", "foundit"]);
export type Platform = z.infer<typeof Platform>;

/** Public ATS feeds discovery reads without a browser. */
export const AtsSource = z.enum(["greenhouse", "lever", "ashby", "smartrecruiters", "workday"]);
/** Where a job was seen: the public ATS feeds plus the platforms. */
export const JobSource = z.enum([...AtsSource.options, ...Platform.options]);
export type JobSource = z.infer<typeof JobSource>;

export const EmploymentType = z.enum([
  "full_time",
  "part_time",
  "contract",
  "internship",
  "freelance",
]);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const Seniority = z.enum([
  "intern",
  "entry",
  "mid",
  "senior",
  "lead",
  "manager",
  "director",
  "executive",
]);
export type Seniority = z.infer<typeof Seniority>;

export const CompanyPrefKind = z.enum(["dream", "blacklist"]);
export type CompanyPrefKind = z.infer<typeof CompanyPrefKind>;

export const ParseStatus = z.enum(["pending", "parsed", "needs_text", "failed"]);
export type ParseStatus = z.infer<typeof ParseStatus>;

export const SkillImportance = z.enum(["required", "nice_to_have"]);
export type SkillImportance = z.infer<typeof SkillImportance>;

export const ScrapeTrigger = z.enum(["schedule", "manual"]);
export type ScrapeTrigger = z.infer<typeof ScrapeTrigger>;

export const FitLabel = z.enum(["strong", "good", "fair"]);
export type FitLabel = z.infer<typeof FitLabel>;

export const Recommendation = z.enum(["apply", "consider", "skip"]);
export type Recommendation = z.infer<typeof Recommendation>;

export const ApplicationMethod = z.enum(["auto", "manual"]);
export type ApplicationMethod = z.infer<typeof ApplicationMethod>;

export const ApplicationStatus = z.enum([
  "discovered",
  "applied",
  "viewed",
  "callback",
  "interview",
  "offer",
  "rejected",
  "withdrawn",
  "ghosted",
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const AutoStatus = z.enum([
  "queued",
  "approved",
  "tailoring",
  "applying",
  "submitted",
  "needs_input",
  "needs_review",
  "failed_captcha",
  "failed_session",
  "failed_not_found",
  "skipped",
  "deferred_cooldown",
]);
export type AutoStatus = z.infer<typeof AutoStatus>;

export const AnswerSource = z.enum(["user", "resume", "profile", "inferred"]);
export type AnswerSource = z.infer<typeof AnswerSource>;

export const NotificationChannel = z.enum(["dashboard", "whatsapp", "email"]);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

export const NotificationPriority = z.enum(["low", "normal", "high"]);
export type NotificationPriority = z.infer<typeof NotificationPriority>;

export const NotificationStatus = z.enum(["pending", "sent", "read", "failed"]);
export type NotificationStatus = z.infer<typeof NotificationStatus>;

export const AgentLogStatus = z.enum(["success", "skipped", "failed"]);
export type AgentLogStatus = z.infer<typeof AgentLogStatus>;

export const LearningSignalKind = z.enum([
  "applied",
  "viewed",
  "callback",
  "interview",
  "offer",
  "rejected",
  "ghosted",
  "dismissed",
  "saved",
  "approved",
  "skipped",
]);
export type LearningSignalKind = z.infer<typeof LearningSignalKind>;

export const CalibrationLayer = z.union([z.literal(2), z.literal(3)]);
export type CalibrationLayer = z.infer<typeof CalibrationLayer>;

export const CalibrationStatus = z.enum(["running", "succeeded", "failed"]);
export type CalibrationStatus = z.infer<typeof CalibrationStatus>;

export const BillingPeriod = z.enum(["month"]);
export type BillingPeriod = z.infer<typeof BillingPeriod>;

export const PaymentStatus = z.enum(["created", "authorized", "captured", "failed", "refunded"]);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const Currency = z.enum(["INR"]);
export type Currency = z.infer<typeof Currency>;

export const ConsentPurpose = z.enum(["terms", "privacy", "auto_apply", "whatsapp", "marketing"]);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const DispatchChannel = z.enum(["http", "worker-exec", "worker-wa"]);
export type DispatchChannel = z.infer<typeof DispatchChannel>;

export const WorkerName = z.enum(["worker-exec", "worker-wa"]);
export const WorkerStatus = z.enum(["starting", "running", "draining", "stopped"]);

/** Lease state of tables whose `status` is the lease (scrape_runs, dispatch_outbox). */
export const LeaseState = z.enum(["pending", "running", "done", "dead"]);
export type LeaseState = z.infer<typeof LeaseState>;

/** `lease_status` of tables with a domain status too: 'idle' = no worker work. */
export const DomainLeaseState = z.enum(["idle", "pending", "running", "done", "dead"]);
export type DomainLeaseState = z.infer<typeof DomainLeaseState>;
