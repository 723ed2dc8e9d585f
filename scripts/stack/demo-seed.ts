import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Sql } from "../../shared/db/sql.ts";
import { isRealSupabase, SUPABASE_DIR } from "./migrations.ts";

/** Fake demo users and jobs for trying the product locally; `npm start` only. */
export async function applyDemoSeed(sql: Sql): Promise<void> {
  if (await isRealSupabase(sql)) return;
  const text = await readFile(join(SUPABASE_DIR, "local", "demo-seed.sql"), "utf8");
  await sql.begin((tx) => tx.unsafe(text));
}
