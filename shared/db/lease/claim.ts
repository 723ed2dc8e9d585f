import type { z } from "zod";
import type { Sql } from "../sql.ts";
import { qualified, type LeasableTable } from "./leasable-tables.ts";

export interface ClaimOptions<S extends z.ZodType> {
  table: LeasableTable;
  /** Unique per claiming loop (e.g. `worker-exec:host:pid:apply`); renew/release check it. */
  worker: string;
  limit: number;
  leaseMs: number;
  /** Columns the row must equal, e.g. `{ channel: "http" }` (jsonb containment). */
  filter?: Record<string, unknown>;
  /** Parses each claimed row (lease functions return rows as JSON). */
  schema: S;
}

/**
 * Claims up to `limit` due rows with FOR UPDATE SKIP LOCKED (app.lease_claim): pending rows
 * whose run_at has come, and running rows whose lease expired. Each claim counts an attempt.
 */
export async function claimLeases<S extends z.ZodType>(
  sql: Sql,
  options: ClaimOptions<S>,
): Promise<z.output<S>[]> {
  const rows = await sql<{ row: unknown }[]>`
    select row from app.lease_claim(
      ${qualified(options.table)}::regclass,
      ${options.worker},
      ${options.limit}::int,
      make_interval(secs => ${options.leaseMs / 1000}::double precision),
      ${sql.json((options.filter ?? {}) as Parameters<Sql["json"]>[0])}::jsonb
    ) as row`;
  return rows.map((r) => options.schema.parse(r.row));
}
