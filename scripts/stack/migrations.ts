import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Sql } from "../../shared/db/sql.ts";
import { loadTaxonomyIntoDatabase } from "./load-taxonomy.ts";

export const SUPABASE_DIR = new URL("../../supabase/", import.meta.url).pathname;
const MIGRATION_FILE = /^(\d{14})_([a-z0-9_]+)\.sql$/;
const LOCK_KEY = 727_384_001; // any constant: serialises concurrent migrators on one database

export interface MigrationFile {
  version: string;
  name: string;
  path: string;
  text: string;
}

export async function listMigrations(dir = join(SUPABASE_DIR, "migrations")) {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  const out: MigrationFile[] = [];
  for (const file of files) {
    const match = MIGRATION_FILE.exec(file);
    if (!match) {
      throw new Error(`migration ${file}: name must be <14-digit timestamp>_<snake_name>.sql`);
    }
    out.push({
      version: match[1]!,
      name: match[2]!,
      path: join(dir, file),
      text: await readFile(join(dir, file), "utf8"),
    });
  }
  return out;
}

/** True on a real Supabase database, where the shim must never run. */
export async function isRealSupabase(sql: Sql): Promise<boolean> {
  const rows = await sql`select 1 from pg_roles where rolname = 'supabase_admin'`;
  return rows.length > 0;
}

export async function applyShim(sql: Sql): Promise<boolean> {
  if (await isRealSupabase(sql)) return false;
  const text = await readFile(join(SUPABASE_DIR, "local", "shim.sql"), "utf8");
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${LOCK_KEY})`;
    await tx.unsafe(text);
  });
  return true;
}

export class ChangedMigrationError extends Error {
  constructor(version: string, name: string) {
    super(
      `migration ${version}_${name} was changed after it was applied; ` +
        `add a new migration instead (or run \`npm run db:reset\` locally)`,
    );
    this.name = "ChangedMigrationError";
  }
}

/**
 * Applies every migration not yet recorded, each in its own transaction, and records it in
 * `supabase_migrations.schema_migrations` the way the Supabase CLI does (version, name,
 * statements), so a real project treats them as applied.
 */
export async function applyMigrations(
  sql: Sql,
  migrations?: MigrationFile[],
  onApplied: (m: MigrationFile) => void = () => {},
): Promise<MigrationFile[]> {
  const files = migrations ?? (await listMigrations());
  await sql.unsafe(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (version text primary key);
    alter table supabase_migrations.schema_migrations add column if not exists statements text[];
    alter table supabase_migrations.schema_migrations add column if not exists name text;
  `);
  const applied: MigrationFile[] = [];
  for (const migration of files) {
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${LOCK_KEY})`;
      const [existing] = await tx<{ statements: string[] | null }[]>`
        select statements from supabase_migrations.schema_migrations
        where version = ${migration.version}`;
      if (existing) {
        if (existing.statements && existing.statements.join("") !== migration.text) {
          throw new ChangedMigrationError(migration.version, migration.name);
        }
        return;
      }
      await tx.unsafe(migration.text);
      await tx`
        insert into supabase_migrations.schema_migrations (version, name, statements)
        values (${migration.version}, ${migration.name}, ${[migration.text]})`;
      applied.push(migration);
      onApplied(migration);
    });
  }
  return applied;
}

export async function applySeed(sql: Sql): Promise<void> {
  const text = await readFile(join(SUPABASE_DIR, "seed.sql"), "utf8");
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${LOCK_KEY})`;
    await tx.unsafe(text);
  });
}

/** Shim (where Supabase is absent), then migrations, the skill taxonomy, then the seed. */
export async function prepareDatabase(
  sql: Sql,
  options: { seed?: boolean; taxonomy?: boolean; onApplied?: (m: MigrationFile) => void } = {},
) {
  await applyShim(sql);
  const applied = await applyMigrations(sql, undefined, options.onApplied);
  if (options.taxonomy ?? true) await loadTaxonomyIntoDatabase(sql);
  if (options.seed ?? true) await applySeed(sql);
  return applied;
}
