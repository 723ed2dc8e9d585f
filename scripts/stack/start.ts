import { mkdir } from "node:fs/promises";
import { createSql } from "../../shared/db/sql.ts";
import { applyDemoSeed } from "./demo-seed.ts";
import { prepareDatabase } from "./migrations.ts";
import { DATA_DIR, LOCAL } from "./paths.ts";
import { removePidFile, runningStackPid, writePidFile } from "./pid-file.ts";
import { clusterUrl, ensureCluster, portInUse } from "./postgres-cluster.ts";
import { ensurePostgres } from "./postgres-install.ts";
import { loadOrCreateSecrets, localEnv, writeLocalJson } from "./local-secrets.ts";
import { sandboxUrl, stackServices } from "./services.ts";
import { Supervisor } from "./supervisor.ts";
import { waitFor } from "./wait-for.ts";

const say = (line: string) => process.stdout.write(`talvix: ${line}\n`);

function table(rows: [string, string, string][]): string {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const fmt = (r: [string, string, string]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [
    fmt(rows[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(fmt),
  ].join("\n");
}

export async function startStack(): Promise<void> {
  const started = Date.now();
  const existing = runningStackPid(LOCAL.pidFile);
  if (existing) {
    say(
      `the local stack is already running (pid ${existing}); stop it with Ctrl-C there or \`npm run stop\``,
    );
    process.exitCode = 1;
    return;
  }
  for (const port of [LOCAL.functionsPort, LOCAL.sandboxPort]) {
    if (await portInUse(port)) {
      say(`port ${port} is taken by another program; free it and start again`);
      process.exitCode = 1;
      return;
    }
  }
  await mkdir(DATA_DIR, { recursive: true });
  const install = await ensurePostgres(say);
  const cluster = { install, dir: LOCAL.pgDir, port: LOCAL.pgPort };
  const { created, state } = await ensureCluster(cluster);
  say(`postgres ${install.version}: ${created ? "created" : "reused"} .data/pg, ${state}`);

  const databaseUrl = clusterUrl(LOCAL.pgPort);
  const sql = createSql(databaseUrl, { max: 2, applicationName: "talvix-stack" });
  try {
    await prepareDatabase(sql, {
      onApplied: (m) => say(`migration ${m.version}_${m.name} applied`),
    });
    await applyDemoSeed(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }

  const secrets = await loadOrCreateSecrets(LOCAL.localJson);
  const functionsUrl = `http://127.0.0.1:${LOCAL.functionsPort}/functions/v1`;
  const urls = {
    functions: functionsUrl,
    api: `${functionsUrl}/api`,
    agents: `${functionsUrl}/agents`,
    orchestrator: `${functionsUrl}/orchestrator`,
    database: databaseUrl,
    storage: LOCAL.storageDir,
    sandbox: sandboxUrl(),
  };
  await writeLocalJson(LOCAL.localJson, urls, secrets);
  await mkdir(LOCAL.storageDir, { recursive: true });
  await writePidFile(LOCAL.pidFile);

  const env = localEnv(secrets, { databaseUrl, functionsUrl, storageDir: LOCAL.storageDir });
  const supervisor = new Supervisor();
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say("stopping…");
    await supervisor.stopAll();
    await removePidFile(LOCAL.pidFile);
    say("stopped (Postgres keeps running; `npm run stop` stops it too)");
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown(0));
  process.once("SIGTERM", () => void shutdown(0));
  supervisor.onUnexpectedExit = (name, code) => {
    say(`${name} exited unexpectedly (code ${code}); stopping the stack`);
    void shutdown(1);
  };
  for (const service of stackServices(env, LOCAL.functionsPort)) supervisor.start(service);

  await waitFor(
    "the functions to answer /api/health",
    async () => (await fetch(`${urls.api}/health`)).status === 200,
    60_000,
  );
  const probe = createSql(databaseUrl, { max: 1, applicationName: "talvix-stack" });
  try {
    await waitFor(
      "both workers' heartbeats",
      async () => {
        const rows = await probe<{ worker: string }[]>`
          select distinct worker from worker_heartbeats
          where last_seen_at > now() - interval '30 seconds' and status = 'running'`;
        return rows.length === 2;
      },
      60_000,
    );
  } finally {
    await probe.end({ timeout: 5 });
  }

  const pids = supervisor.pids();
  const rows: [string, string, string][] = [
    ["service", "where", "pid"],
    ["postgres (pg_cron)", databaseUrl.replace(/:[^:@/]+@/, ":****@"), "-"],
    ["functions: api", urls.api, String(pids.functions ?? "")],
    ["functions: agents", urls.agents, String(pids.functions ?? "")],
    ["functions: orchestrator", urls.orchestrator, String(pids.functions ?? "")],
    ["portal sandbox", urls.sandbox, String(pids.sandbox ?? "")],
    ["worker-exec", "no port (heartbeat in worker_heartbeats)", String(pids["worker-exec"] ?? "")],
    ["worker-wa", "no port (console transport)", String(pids["worker-wa"] ?? "")],
    ["storage", LOCAL.storageDir, "-"],
  ];
  process.stdout.write(`\n${table(rows)}\n\n`);
  say(`local URLs and secrets: .data/local.json (mode 600)`);
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s — Ctrl-C stops it`);
}
