// The local stack's stand-in for pg_net: delivers 'http' rows of dispatch_outbox to the
// functions until SIGTERM. Production needs no runner (app.dispatch sends with pg_net).
//   node --import tsx scripts/stack/outbox-runner.ts
import { hostname } from "node:os";
import { z } from "zod";
import { commonVars, loadConfig, secretString } from "../../shared/config/load-config.ts";
import { createSql } from "../../shared/db/sql.ts";
import { runOutboxLoop } from "../../shared/dispatch/outbox-loop.ts";
import { createLogger } from "../../shared/log/logger.ts";

const spec = {
  databaseUrl: commonVars.databaseUrl,
  logLevel: commonVars.logLevel,
  functionsUrl: {
    env: "FUNCTIONS_URL",
    schema: z.url(),
    localDefault: "http://127.0.0.1:54321/functions/v1",
  },
  agentSecret: { env: "AGENT_SECRET", schema: secretString(32), secret: true },
  idleMs: {
    env: "OUTBOX_IDLE_MS",
    schema: z.coerce.number().int().min(50).max(60_000),
    localDefault: "1000",
  },
};

let loaded;
try {
  loaded = loadConfig("outbox-runner", spec, process.env);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(78); // EX_CONFIG
}
const { config, secrets } = loaded;
const logger = createLogger({ name: "outbox-runner", level: config.logLevel ?? "info", secrets });
const sql = createSql(config.databaseUrl, { max: 2, applicationName: "outbox-runner" });
const stop = new AbortController();
process.once("SIGTERM", () => stop.abort());
process.once("SIGINT", () => stop.abort());

logger.info("outbox runner started", { functions_url: config.functionsUrl });
await runOutboxLoop({
  sql,
  fetch: (url, init) => fetch(url, init),
  functionsUrl: config.functionsUrl,
  agentSecret: config.agentSecret,
  worker: `outbox-runner:${hostname()}:${process.pid}`,
  idleMs: config.idleMs,
  logger,
  signal: stop.signal,
});
await sql.end({ timeout: 5 });
logger.info("outbox runner stopped");
