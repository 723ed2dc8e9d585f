import type { Sql } from "../db/sql.ts";

/**
 * Writes a wake-up through app.dispatch (outbox always; pg_net too where it exists). Use it
 * after committing the flag the woken handler will look for; the wake-up itself may be lost.
 */
export async function dispatch(
  sql: Sql,
  target: string,
  payload: Record<string, unknown> = {},
  userId: string | null = null,
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    select app.dispatch(
      ${target},
      ${sql.json(payload as Parameters<Sql["json"]>[0])}::jsonb,
      ${userId}::uuid
    ) as id`;
  if (!row) throw new Error("app.dispatch returned nothing");
  return row.id;
}
