import { z } from "zod";
import {
  isFlagSet,
  loadInsightUser,
  staleUsers,
  type InsightUser,
} from "../../../shared/intelligence-db/index.ts";
import type { AgentContext, AgentOutcome } from "../agent-contract.ts";

/** `{user_id}` for one user (the gateway also sends `mode`), or `{mode: "sweep"}`. */
export const PerUserPayload = z.object({
  user_id: z.uuid().optional(),
  mode: z.string().max(32).optional(),
});
export type PerUserPayload = z.infer<typeof PerUserPayload>;

const SWEEP_USERS = 25;
const RESERVE_MS = 300;

type Flag = "skill_gap_stale" | "career_intel_stale";

/**
 * Runs a per-user insight for one user whose flag is set, or for stale users in turn while
 * the budget lasts (waking itself again when some are left). A user whose flag is clear is
 * skipped: running twice changes nothing the second time.
 */
export async function runPerUser(
  ctx: AgentContext,
  payload: PerUserPayload,
  flag: Flag,
  compute: (user: InsightUser) => Promise<{ written: boolean; dashboardReady: boolean }>,
): Promise<AgentOutcome> {
  const one = payload.mode === "sweep" ? undefined : (payload.user_id ?? ctx.userId);
  const ids = one ? [one] : await staleUsers(ctx.sql, flag, SWEEP_USERS);
  let done = 0;
  let written = 0;
  let dashboards = 0;
  let more = false;
  for (const id of ids) {
    if (!one && done > 0 && ctx.remainingMs() < RESERVE_MS) {
      more = true;
      break;
    }
    if (!(await isFlagSet(ctx.sql, id, flag))) continue;
    const user = await loadInsightUser(ctx.sql, id);
    if (!user) {
      if (one) {
        return {
          status: "skipped",
          records_processed: 0,
          result: { reason: "no chosen persona or parsed resume yet" },
        };
      }
      continue;
    }
    const out = await compute(user);
    done++;
    if (out.written) written++;
    if (out.dashboardReady) dashboards++;
  }
  if (!one && (more || ids.length === SWEEP_USERS)) await ctx.wakeAgain({ mode: "sweep" });
  if (one && done === 0) {
    return { status: "skipped", records_processed: 0, result: { reason: "already up to date" } };
  }
  return {
    status: done === 0 ? "skipped" : "success",
    records_processed: done,
    result: { users: done, rows_written: written, dashboards_ready: dashboards, more },
  };
}
