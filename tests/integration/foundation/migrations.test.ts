import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  ChangedMigrationError,
  listMigrations,
} from "../../../scripts/stack/migrations.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe("migrations", () => {
  it("are named like the Supabase CLI's and recorded the way it records them", async () => {
    const files = await listMigrations();
    expect(files.length).toBeGreaterThan(0);
    const rows = await db.sql<{ version: string; name: string; statements: string[] }[]>`
      select version, name, statements from supabase_migrations.schema_migrations order by version`;
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect(rows.map((r) => r.name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) expect(row.statements.join("")).toBe(files[i]!.text);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(db.sql)).toEqual([]);
  });

  it("refuses a migration that changed after it was applied", async () => {
    const [first] = await listMigrations();
    const changed = { ...first!, text: `${first!.text}\n-- edited later\n` };
    await expect(applyMigrations(db.sql, [changed])).rejects.toBeInstanceOf(ChangedMigrationError);
  });

  it("runs each new migration in its own transaction: a failing one leaves no trace", async () => {
    const bad = {
      version: "29991231000000",
      name: "broken",
      path: "",
      text: "create table public.half_done (id int); select 1/0;",
    };
    await expect(applyMigrations(db.sql, [bad])).rejects.toThrow(/division by zero/);
    const [t] = await db.sql`select to_regclass('public.half_done') as t`;
    expect(t!.t).toBeNull();
    const recorded = await db.sql`
      select 1 from supabase_migrations.schema_migrations where version = '29991231000000'`;
    expect(recorded).toHaveLength(0);
  });

  it("rejects files not named <14-digit timestamp>_<name>.sql", async () => {
    const dir = await mkdtemp(join(tmpdir(), "talvix-mig-"));
    await writeFile(join(dir, "001_init.sql"), "select 1;");
    await expect(listMigrations(dir)).rejects.toThrow(/14-digit timestamp/);
  });
});
