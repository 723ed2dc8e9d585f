import { z } from "zod";
import { commonVars, secretString, type ConfigSpec } from "../config/load-config.ts";

/** Variables both workers read. */
export const baseWorkerVars = {
  databaseUrl: commonVars.databaseUrl,
  logLevel: commonVars.logLevel,
  version: { env: "APP_VERSION", schema: z.string().min(1), localDefault: "0.1.0-local" },
  agentSecret: { env: "AGENT_SECRET", schema: secretString(32), secret: true },
  functionsUrl: {
    env: "FUNCTIONS_URL",
    schema: z.url(),
    localDefault: "http://127.0.0.1:54321/functions/v1",
  },
  heartbeatMs: {
    env: "HEARTBEAT_MS",
    schema: z.coerce.number().int().min(1000).max(60_000),
    localDefault: "15000",
    optional: true,
  },
} satisfies ConfigSpec;
