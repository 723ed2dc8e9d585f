import type { Sql } from "../sql.ts";
import { qualified, type LeasableTable } from "./leasable-tables.ts";

/**
 * Moves expired leases back to pending (after backoff) or to dead when attempts are spent.
 * pg_cron runs app.lease_reap_all() every minute; workers may call this too.
 */
export async function reapLeases(sql: Sql, table?: LeasableTable): Promise<number> {
  const [row] = table
    ? await sql<{ n: number }[]>`select app.lease_reap(${qualified(table)}::regclass) as n`
    : await sql<{ n: number }[]>`select app.lease_reap_all() as n`;
  return row?.n ?? 0;
}
