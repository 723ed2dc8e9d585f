import { existsSync } from "node:fs";
import { appendFile, chmod, chown, mkdir, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import type { PostgresInstall } from "./postgres-install.ts";
import { asPostgresUser, isRoot, runCommand } from "./run-command.ts";

export const DB_PASSWORD = "postgres";

export interface ClusterOptions {
  install: PostgresInstall;
  /** Data directory, e.g. `.data/pg`. */
  dir: string;
  port: number;
  /** Trade durability for speed (test clusters). */
  fast?: boolean;
}

export function clusterUrl(port: number, database = "postgres"): string {
  return `postgresql://postgres:${DB_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function postgresIds(): Promise<{ uid: number; gid: number } | null> {
  if (!isRoot()) return null;
  const id = await runCommand("id", ["-u", "postgres"]);
  const gid = await runCommand("id", ["-g", "postgres"]);
  if (id.code !== 0) throw new Error("the `postgres` OS user is missing; install postgresql-15");
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function run(install: PostgresInstall, tool: string, args: string[]) {
  const [cmd, argv] = asPostgresUser(join(install.binDir, tool), args);
  return runCommand(cmd, argv, { cwd: "/" });
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function isClusterRunning(options: ClusterOptions): Promise<boolean> {
  if (!existsSync(join(options.dir, "PG_VERSION"))) return false;
  const status = await run(options.install, "pg_ctl", ["status", "-D", options.dir]);
  return status.code === 0;
}

/** Creates the cluster on first use: pg_cron preloaded, loopback only, password auth. */
export async function initCluster(options: ClusterOptions): Promise<boolean> {
  if (existsSync(join(options.dir, "PG_VERSION"))) return false;
  const ids = await postgresIds();
  // The parent must stay traversable by the postgres OS user; the cluster dir is private.
  await mkdir(dirname(options.dir), { recursive: true, mode: 0o755 });
  await chmod(dirname(options.dir), 0o755);
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const pwfile = join(dirname(options.dir), `.pwfile-${process.pid}`);
  await writeFile(pwfile, `${DB_PASSWORD}\n`, { mode: 0o600 });
  if (ids) {
    await chown(options.dir, ids.uid, ids.gid);
    await chown(pwfile, ids.uid, ids.gid);
  }
  try {
    const init = await run(options.install, "initdb", [
      "-D",
      options.dir,
      "-U",
      "postgres",
      "--auth-host=scram-sha-256",
      "--auth-local=scram-sha-256",
      `--pwfile=${pwfile}`,
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]);
    if (init.code !== 0) throw new Error(`initdb failed:\n${init.stderr || init.stdout}`);
  } finally {
    await rm(pwfile, { force: true });
  }
  const settings = [
    "",
    "# Talvix local cluster",
    "listen_addresses = '127.0.0.1'",
    `port = ${options.port}`,
    "unix_socket_directories = ''",
    "shared_preload_libraries = 'pg_cron'",
    "cron.database_name = 'postgres'",
    "cron.timezone = 'UTC'",
    "max_connections = 300",
    "timezone = 'UTC'",
    ...(options.fast ? ["fsync = off", "synchronous_commit = off", "full_page_writes = off"] : []),
  ];
  await appendFile(join(options.dir, "postgresql.conf"), settings.join("\n") + "\n");
  return true;
}

export async function startCluster(options: ClusterOptions): Promise<"started" | "running"> {
  if (await isClusterRunning(options)) return "running";
  if (await portInUse(options.port)) {
    throw new Error(
      `port ${options.port} is already taken by another program; stop it or free the port`,
    );
  }
  const logFile = join(dirname(options.dir), `${options.dir.split("/").pop()}.log`);
  await writeFile(logFile, "", { flag: "a" });
  const ids = await postgresIds();
  if (ids) await chown(logFile, ids.uid, ids.gid);
  const start = await run(options.install, "pg_ctl", [
    "start",
    "-D",
    options.dir,
    // The port asked for wins over the one written at initdb time.
    "-o",
    `-p ${options.port}`,
    "-l",
    logFile,
    "-w",
    "-t",
    "60",
  ]);
  if (start.code !== 0) {
    // Another process (a parallel test run) may have started it a moment before us.
    if (await isClusterRunning(options)) return "running";
    throw new Error(`Postgres did not start (see ${logFile}):\n${start.stderr || start.stdout}`);
  }
  return "started";
}

export async function stopCluster(options: ClusterOptions): Promise<boolean> {
  if (!(await isClusterRunning(options))) return false;
  const stop = await run(options.install, "pg_ctl", [
    "stop",
    "-D",
    options.dir,
    "-m",
    "fast",
    "-w",
  ]);
  if (stop.code !== 0) throw new Error(`pg_ctl stop failed:\n${stop.stderr}`);
  return true;
}

/** Makes sure the cluster exists and runs; returns how it found it. */
export async function ensureCluster(options: ClusterOptions) {
  const created = await initCluster(options);
  const state = await startCluster(options);
  return { created, state };
}
