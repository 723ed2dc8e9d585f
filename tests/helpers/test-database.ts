import { inject } from "vitest";
import { createSql, type Sql } from "../../shared/db/sql.ts";
import { clusterUrl } from "../../scripts/stack/postgres-cluster.ts";

export interface TestDatabase {
  name: string;
  /** Connection URL as the superuser (what functions and workers use locally). */
  url: string;
  sql: Sql;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: one per test file, or per test. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const port = inject("pgPort");
  const template = inject("templateDb");
  const name = `t_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = createSql(clusterUrl(port), { max: 1, applicationName: "test-db" });
  try {
    await admin.unsafe(`create database ${name} template ${template}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = clusterUrl(port, name);
  const sql = createSql(url, { max: 4, applicationName: "test" });
  return {
    name,
    url,
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      const a = createSql(clusterUrl(port), { max: 1 });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end({ timeout: 5 });
      }
    },
  };
}

/** The cluster's `postgres` database (pg_cron lives there). Read-only use in tests. */
export function cronDatabaseUrl(): string {
  return clusterUrl(inject("pgPort"));
}
