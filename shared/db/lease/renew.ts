import type { Sql } from "../sql.ts";
import { qualified, type LeasableTable } from "./leasable-tables.ts";

export interface RenewOptions {
  table: LeasableTable;
  id: string;
  worker: string;
  leaseMs: number;
}

/**
 * Extends a lease this worker holds. Returns the new expiry, or null when the lease is lost
 * (reaped or re-claimed): the caller must stop work on the row without writing its result.
 */
export async function renewLease(sql: Sql, options: RenewOptions): Promise<Date | null> {
  const [row] = await sql<{ until: Date | null }[]>`
    select app.lease_renew(
      ${qualified(options.table)}::regclass,
      ${options.id}::uuid,
      ${options.worker},
      make_interval(secs => ${options.leaseMs / 1000}::double precision)
    ) as until`;
  return row?.until ?? null;
}
