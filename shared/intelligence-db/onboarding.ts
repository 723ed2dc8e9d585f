import type { Sql, TransactionSql } from "../db/sql.ts";

export type StaleFlag = "fit_scores_stale" | "skill_gap_stale" | "career_intel_stale";

/**
 * Clears one of the user's stale flags and, in the same transaction, finishes onboarding if
 * this was the last of the three: a single conditional UPDATE flips `dashboard_ready` (the
 * users row lock serialises the three agents, so exactly one of them sees all three done)
 * and only that one inserts the notification. Retries find dashboard_ready already true.
 */
export async function clearStaleFlag(
  sql: Sql,
  userId: string,
  flag: StaleFlag,
  inTx?: (tx: TransactionSql) => Promise<void>,
): Promise<{ dashboardReady: boolean }> {
  return sql.begin(async (tx) => {
    if (inTx) await inTx(tx);
    await tx`
      update public.users set ${tx(flag)} = false where id = ${userId} and ${tx(flag)}`;
    const ready = await tx`
      update public.users set dashboard_ready = true
       where id = ${userId} and not dashboard_ready and onboarding_completed
         and persona is not null and deleted_at is null
         and not fit_scores_stale and not skill_gap_stale and not career_intel_stale
      returning id`;
    if (ready.length === 0) return { dashboardReady: false };
    await tx`
      insert into public.notifications (user_id, channel, type, priority, title, body, data)
      values (${userId}, 'dashboard', 'onboarding.dashboard_ready', 'high',
              'Your dashboard is ready',
              'Your job matches, skill gaps and career insights are ready to explore.',
              ${tx.json({ fit_scores: true, skill_gap: true, career_intel: true })})`;
    return { dashboardReady: true };
  });
}
