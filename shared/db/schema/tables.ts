import type { z } from "zod";
import { PaymentRow, PlanRow, RazorpayEventRow } from "./billing.ts";
import { AtsCompanyRow, DiscoveryBaselineTargetRow, ScrapeRunProgressRow } from "./discovery.ts";
import {
  JobRow,
  JobSkillRow,
  JobSourceRow,
  RoleFamilyRow,
  ScrapeRunRow,
  SkillRow,
} from "./jobs.ts";
import {
  AgentLogRow,
  CalibrationRunRow,
  LearningSignalRow,
  LlmUsageRow,
  ModelWeightRow,
} from "./learning.ts";
import {
  ApplicationAnswerRow,
  CareerIntelligenceRow,
  JobApplicationRow,
  JobFitScoreRow,
  SalaryBenchmarkRow,
  SkillGapResultRow,
  UserFitScoreCursorRow,
} from "./matching.ts";
import { NotificationRow } from "./notifications.ts";
import { PersonaRow, ResumeRow, UserConnectionRow } from "./profiles.ts";
import {
  AuditLogRow,
  ConsentRow,
  DispatchOutboxRow,
  RateLimitBucketRow,
  RefreshTokenRow,
  SystemDailyLimitRow,
  WorkerHeartbeatRow,
} from "./system.ts";
import { UserCompanyPrefRow, UserRow, UserTargetRoleRow } from "./users.ts";
import {
  WaAuthCredsRow,
  WaAuthKeyRow,
  WaCommandCooldownRow,
  WaConnectionEventRow,
  WaConnectionStatusRow,
  WaConsoleMessageRow,
  WaInboundMessageRow,
  WaOptOutNoticeRow,
  WaOutboundMessageRow,
} from "./whatsapp.ts";

/**
 * Every table in `public`, by name, with the zod schema of its row. The drift test checks
 * this against the database both ways: a table or column missing on either side fails it.
 */
export const tableSchemas = {
  users: UserRow,
  user_target_roles: UserTargetRoleRow,
  user_company_prefs: UserCompanyPrefRow,
  resumes: ResumeRow,
  personas: PersonaRow,
  user_connections: UserConnectionRow,
  role_families: RoleFamilyRow,
  skills: SkillRow,
  jobs: JobRow,
  job_sources: JobSourceRow,
  job_skills: JobSkillRow,
  scrape_runs: ScrapeRunRow,
  scrape_run_progress: ScrapeRunProgressRow,
  ats_companies: AtsCompanyRow,
  discovery_baseline_targets: DiscoveryBaselineTargetRow,
  job_fit_scores: JobFitScoreRow,
  user_fit_score_cursors: UserFitScoreCursorRow,
  job_applications: JobApplicationRow,
  application_answers: ApplicationAnswerRow,
  skill_gap_results: SkillGapResultRow,
  career_intelligence: CareerIntelligenceRow,
  salary_benchmarks: SalaryBenchmarkRow,
  notifications: NotificationRow,
  agent_logs: AgentLogRow,
  llm_usage: LlmUsageRow,
  learning_signals: LearningSignalRow,
  model_weights: ModelWeightRow,
  calibration_runs: CalibrationRunRow,
  plans: PlanRow,
  payments: PaymentRow,
  razorpay_events: RazorpayEventRow,
  worker_heartbeats: WorkerHeartbeatRow,
  dispatch_outbox: DispatchOutboxRow,
  refresh_tokens: RefreshTokenRow,
  rate_limit_buckets: RateLimitBucketRow,
  consents: ConsentRow,
  audit_log: AuditLogRow,
  system_daily_limits: SystemDailyLimitRow,
  wa_auth_creds: WaAuthCredsRow,
  wa_auth_keys: WaAuthKeyRow,
  wa_connection_status: WaConnectionStatusRow,
  wa_connection_events: WaConnectionEventRow,
  wa_outbound_messages: WaOutboundMessageRow,
  wa_inbound_messages: WaInboundMessageRow,
  wa_command_cooldowns: WaCommandCooldownRow,
  wa_opt_out_notices: WaOptOutNoticeRow,
  wa_console_messages: WaConsoleMessageRow,
} as const satisfies Record<string, z.ZodObject>;

export type TableName = keyof typeof tableSchemas;
export type RowOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
