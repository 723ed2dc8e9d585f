import type { Sql, TransactionSql } from "../../shared/db/sql.ts";

export interface Claims {
  sub: string;
  role?: "authenticated" | "anon";
  email?: string;
  [claim: string]: unknown;
}

/**
 * Runs `fn` exactly as Supabase runs a request: in a transaction, `set local role` to the
 * caller's role and transaction-local `request.jwt.claims`. Rolled back unless `commit`.
 */
export async function asUser<T>(
  sql: Sql,
  claims: Claims | null,
  fn: (tx: TransactionSql) => Promise<T>,
  options: { commit?: boolean } = {},
): Promise<T> {
  const role = claims?.role ?? (claims ? "authenticated" : "anon");
  const fullClaims = claims ? { aud: "authenticated", role, ...claims } : { role: "anon" };
  let result: T | undefined;
  const rollback = new Error("rollback");
  try {
    await sql.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', ${JSON.stringify(fullClaims)}, true)`;
      await tx.unsafe(`set local role ${role}`);
      result = await fn(tx);
      if (!options.commit) throw rollback;
    });
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return result as T;
}

export const asAnon = <T>(sql: Sql, fn: (tx: TransactionSql) => Promise<T>) =>
  asUser(sql, null, fn);
