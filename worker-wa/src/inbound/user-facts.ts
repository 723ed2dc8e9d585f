import type { Sql, TransactionSql } from "../../../shared/db/sql.ts";
import { MONTHLY_APPLY_CAP } from "../../../shared/whatsapp/templates.ts";
import type { WaUser } from "../db/wa-users.ts";

type Db = Sql | TransactionSql;

export interface SessionFact {
  platform: string;
  valid: boolean;
  expiresAt: Date | null;
}

/** The user's platform sessions (never the sealed session itself). */
export async function sessions(sql: Db, userId: string, now: Date): Promise<SessionFact[]> {
  const rows = await sql<{ platform: string; valid: boolean; expires_at: Date | null }[]>`
    select platform,
           (is_valid and session_encrypted is not null
             and (estimated_expires_at is null or estimated_expires_at > ${now})) as valid,
           estimated_expires_at as expires_at
      from public.user_connections where user_id = ${userId} order by platform`;
  return rows.map((r) => ({ platform: r.platform, valid: r.valid, expiresAt: r.expires_at }));
}

export const hasValidSession = (s: SessionFact[]) => s.some((x) => x.valid);

/** Applies still allowed today, given the daily limit and the monthly cap. */
export function appliesLeft(user: WaUser): number {
  return Math.max(
    0,
    Math.min(
      user.daily_apply_limit - user.applies_today,
      MONTHLY_APPLY_CAP - user.applies_this_month,
    ),
  );
}

export type AutoApplyState = "on" | "paused" | "off";

export function autoApplyState(user: WaUser): AutoApplyState {
  if (!user.auto_apply_enabled) return "off";
  return user.auto_apply_paused ? "paused" : "on";
}

/** Matches scored since `since` that are worth a label (fair or better). */
export async function newMatchesSince(sql: Db, userId: string, since: Date): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from public.job_fit_scores s
      join public.jobs j on j.id = s.job_id
     where s.user_id = ${userId} and s.computed_at >= ${since} and s.label is not null
       and j.is_active`;
  return row?.n ?? 0;
}
