import { existsSync, readdirSync } from "node:fs";
import { isRoot, runCommand } from "./run-command.ts";

export interface PostgresInstall {
  version: number;
  binDir: string;
}

const PG_ROOT = "/usr/lib/postgresql";
export const INSTALL_HINT =
  "Talvix needs PostgreSQL 15 or newer with the pg_cron extension.\n" +
  "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y postgresql-15 postgresql-15-cron\n" +
  "  (then run the command again)";

/** The newest installed Postgres ≥ 15 that also has pg_cron, or null. */
export function findPostgres(): PostgresInstall | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .map(Number)
    .filter((v) => Number.isInteger(v) && v >= 15)
    .sort((a, b) => b - a);
  for (const version of versions) {
    const binDir = `${PG_ROOT}/${version}/bin`;
    const cron = `${PG_ROOT}/${version}/lib/pg_cron.so`;
    if (existsSync(`${binDir}/pg_ctl`) && existsSync(`${binDir}/initdb`) && existsSync(cron)) {
      return { version, binDir };
    }
  }
  return null;
}

/**
 * Finds Postgres with pg_cron, installing it from Debian's packages when we are root on
 * Debian; otherwise stops with one message saying exactly what to install.
 */
export async function ensurePostgres(log: (line: string) => void): Promise<PostgresInstall> {
  const found = findPostgres();
  if (found) return found;
  const debian = existsSync("/etc/debian_version");
  if (!debian || !isRoot()) throw new Error(INSTALL_HINT);
  log("installing postgresql-15 and postgresql-15-cron from Debian's packages…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = await runCommand("apt-get", ["update", "-qq"], { env });
  if (update.code !== 0)
    throw new Error(`apt-get update failed:\n${update.stderr}\n${INSTALL_HINT}`);
  const install = await runCommand(
    "apt-get",
    ["install", "-y", "-qq", "postgresql-15", "postgresql-15-cron"],
    { env },
  );
  if (install.code !== 0) {
    throw new Error(`apt-get install failed:\n${install.stderr}\n${INSTALL_HINT}`);
  }
  const installed = findPostgres();
  if (!installed) throw new Error(INSTALL_HINT);
  return installed;
}
