import type { Sql } from "../../../shared/db/sql.ts";

export interface CommandLog {
  userId: string | null;
  status: "success" | "skipped" | "failed";
  durationMs: number;
  /** The command (or null for a non-command), the gate that stopped it, the outcome. */
  metadata: {
    command: string | null;
    gate?: string;
    outcome: string;
    [key: string]: string | number | boolean | null | undefined;
  };
  error?: string;
}

/** Every inbound command leaves one agent_logs row (agent = 'whatsapp'). */
export async function logCommand(sql: Sql, log: CommandLog): Promise<void> {
  const metadata = Object.fromEntries(
    Object.entries(log.metadata).filter(([, v]) => v !== undefined),
  ) as Record<string, string | number | boolean | null>;
  await sql`
    insert into public.agent_logs (run_id, agent, user_id, status, duration_ms, records_processed,
                                   error, metadata)
    values (${crypto.randomUUID()}, 'whatsapp', ${log.userId}, ${log.status},
            ${Math.max(0, Math.round(log.durationMs))}, 1, ${log.error?.slice(0, 500) ?? null},
            ${sql.json(metadata)})`;
}
