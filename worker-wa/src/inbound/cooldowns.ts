import type { TransactionSql } from "../../../shared/db/sql.ts";

export const COOLDOWNS_MS = {
  APPLY_NOW: 4 * 3_600_000,
  COACH: 6 * 3_600_000,
} as const;

export type CooldownCommand = keyof typeof COOLDOWNS_MS;

/**
 * Starts the command's cooldown if it has run out, atomically (two messages at once cannot
 * both pass). Call inside the transaction that does the command's work, so a failure there
 * does not use up the cooldown. Times come from the injected clock.
 */
export async function claimCooldown(
  tx: TransactionSql,
  userId: string,
  command: CooldownCommand,
  now: Date,
): Promise<{ ok: true } | { ok: false; remainingMs: number }> {
  const cooldownMs = COOLDOWNS_MS[command];
  const since = new Date(now.getTime() - cooldownMs);
  const claimed = await tx`
    insert into public.wa_command_cooldowns (user_id, command, last_run_at)
    values (${userId}, ${command}, ${now})
    on conflict (user_id, command) do update set last_run_at = excluded.last_run_at
      where wa_command_cooldowns.last_run_at <= ${since}
    returning user_id`;
  if (claimed.length === 1) return { ok: true };
  const [row] = await tx<{ last_run_at: Date }[]>`
    select last_run_at from public.wa_command_cooldowns
     where user_id = ${userId} and command = ${command}`;
  const last = row?.last_run_at.getTime() ?? now.getTime();
  return { ok: false, remainingMs: Math.max(60_000, last + cooldownMs - now.getTime()) };
}

/** "3 h 20 min", "45 min". */
export function formatDuration(ms: number): string {
  const totalMin = Math.ceil(ms / 60_000);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
