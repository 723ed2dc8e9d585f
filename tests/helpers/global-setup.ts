import { existsSync, readdirSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { createSql } from "../../shared/db/sql.ts";
import { ChangedMigrationError, prepareDatabase } from "../../scripts/stack/migrations.ts";
import { TEST } from "../../scripts/stack/paths.ts";
import { isAlive } from "../../scripts/stack/pid-file.ts";
import { clusterUrl, ensureCluster, stopCluster } from "../../scripts/stack/postgres-cluster.ts";
import { ensurePostgres } from "../../scripts/stack/postgres-install.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgPort: number;
    templateDb: string;
  }
}

/** One file per live test run, so the last run out stops the shared test cluster. */
const USERS_DIR = join(TEST.pgDir, "..", "pg-test-users");

function otherLiveRuns(): number {
  if (!existsSync(USERS_DIR)) return 0;
  return readdirSync(USERS_DIR)
    .map(Number)
    .filter((pid) => pid !== process.pid && isAlive(pid)).length;
}

/**
 * Migrates the cluster's `postgres` database (pg_cron's home). The test cluster is throw-away:
 * when a migration was edited during development, it is rebuilt rather than failing.
 */
async function prepareCronDatabase(cluster: Parameters<typeof ensureCluster>[0]) {
  for (let attempt = 0; ; attempt++) {
    const admin = createSql(clusterUrl(TEST.pgPort), { max: 1, applicationName: "test-setup" });
    try {
      await prepareDatabase(admin);
      return;
    } catch (err) {
      if (!(err instanceof ChangedMigrationError) || attempt > 0 || otherLiveRuns() > 0) throw err;
      console.log(`[global-setup] ${err.message}: rebuilding the throw-away test cluster`);
    } finally {
      await admin.end({ timeout: 5 });
    }
    await stopCluster(cluster);
    await rm(cluster.dir, { recursive: true, force: true });
    await ensureCluster(cluster);
  }
}

/**
 * Once per `vitest run`: a throw-away cluster (fsync off) with pg_cron, the `postgres`
 * database migrated like production (it owns pg_cron's schedules), and a migrated template
 * that every test file clones into a database of its own. Concurrent runs share the cluster
 * but each has its own template.
 */
export default async function setup(project: TestProject) {
  const install = await ensurePostgres((l) => console.log(`[global-setup] ${l}`));
  const cluster = { install, dir: TEST.pgDir, port: TEST.pgPort, fast: true };
  await ensureCluster(cluster);
  await prepareCronDatabase(cluster);
  await mkdir(USERS_DIR, { recursive: true });
  await writeFile(join(USERS_DIR, String(process.pid)), "");

  const templateDb = `talvix_template_${process.pid}`;
  const admin = createSql(clusterUrl(TEST.pgPort), { max: 1, applicationName: "test-setup" });
  try {
    await admin.unsafe(`drop database if exists ${templateDb} with (force)`);
    await admin.unsafe(`create database ${templateDb}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const template = createSql(clusterUrl(TEST.pgPort, templateDb), { max: 1 });
  try {
    await prepareDatabase(template);
  } finally {
    await template.end({ timeout: 5 });
  }

  project.provide("pgPort", TEST.pgPort);
  project.provide("templateDb", templateDb);

  return async () => {
    const a = createSql(clusterUrl(TEST.pgPort), { max: 1 });
    try {
      await a.unsafe(`drop database if exists ${templateDb} with (force)`);
    } finally {
      await a.end({ timeout: 5 });
    }
    await rm(join(USERS_DIR, String(process.pid)), { force: true });
    if (otherLiveRuns() === 0) await stopCluster(cluster);
  };
}
