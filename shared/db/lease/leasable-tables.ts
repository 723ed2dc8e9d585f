import type { DomainLeaseState, LeaseState } from "../schema/enums.ts";

/**
 * Tables the lease functions accept (mirrors app.leasable_tables) and the column each keeps
 * its lease state in: `status` where the status is the lease, `lease_status` where `status`
 * already means something to the product.
 */
export const LEASE_STATE_COLUMN = {
  scrape_runs: "status",
  dispatch_outbox: "status",
  job_applications: "lease_status",
  notifications: "lease_status",
} as const;

export type LeasableTable = keyof typeof LEASE_STATE_COLUMN;
export const LEASABLE_TABLES = Object.keys(LEASE_STATE_COLUMN) as LeasableTable[];

export type AnyLeaseState = LeaseState | DomainLeaseState;

/** `public.<table>` as a regclass literal for the lease functions. */
export const qualified = (table: LeasableTable) => `public.${table}`;
