import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { tableSchemas } from "../../../shared/db/schema/tables.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { findDrift, loadCatalog, tablesOf } from "./drift.ts";
import { fillSharedTables, makeUser, userRowFixtures } from "./fixtures.ts";

// The zod row schemas in shared/db/schema and the migrated database must agree.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe("zod schemas match the database", () => {
  it("has a schema for exactly the tables in public", async () => {
    const catalog = await loadCatalog(db.sql);
    expect(Object.keys(tableSchemas).sort()).toEqual(tablesOf(catalog));
  });

  it("has the same columns, nullability, types and allowed values", async () => {
    expect(findDrift(tableSchemas, await loadCatalog(db.sql))).toEqual([]);
  });

  it("parses real rows of every table, read directly and through to_jsonb", async () => {
    const user = await makeUser(db.sql);
    for (const fixture of Object.values(userRowFixtures)) await fixture(db.sql, user);
    await fillSharedTables(db.sql);
    const problems: string[] = [];
    for (const [table, schema] of Object.entries(tableSchemas) as [string, z.ZodObject][]) {
      const rows = await db.sql`select * from ${db.sql(table)} limit 3`;
      const json = await db.sql<{ j: unknown }[]>`
        select to_jsonb(t) as j from ${db.sql(table)} t limit 3`;
      if (rows.length === 0) problems.push(`${table}: no row to parse`);
      for (const row of [...rows, ...json.map((r) => r.j)]) {
        const parsed = schema.safeParse(row);
        if (!parsed.success) problems.push(`${table}: ${parsed.error.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("reports drift: a new column, a changed CHECK, a dropped NOT NULL", async () => {
    const rollback = new Error("rollback");
    let problems: string[] = [];
    await db.sql
      .begin(async (tx) => {
        await tx`alter table skills add column drift_probe text`;
        await tx`alter table notifications drop constraint notifications_priority_check`;
        await tx`alter table notifications add constraint notifications_priority_check
                 check (priority in ('low', 'normal', 'high', 'urgent'))`;
        await tx`alter table jobs alter column title drop not null`;
        problems = findDrift(tableSchemas, await loadCatalog(tx));
        throw rollback;
      })
      .catch((err: unknown) => {
        if (err !== rollback) throw err;
      });
    expect([...problems].sort()).toEqual(
      [
        "jobs.title: nullable in database only",
        "notifications.priority: zod [low,normal,high] ≠ CHECK [low,normal,high,urgent]",
        "skills: zod lacks drift_probe",
      ].sort(),
    );
  });
});
