import { z } from "zod";
import { commonVars, type ConfigSpec } from "../config/load-config.ts";

/** Variables both workers read. */
export const baseWorkerVars = {
  databaseUrl: commonVars.databaseUrl,
  logLevel: commonVars.logLevel,
  version: commonVars.version,
  agentSecret: commonVars.agentSecret,
  functionsUrl: commonVars.functionsUrl,
  heartbeatMs: {
    env: "HEARTBEAT_MS",
    schema: z.coerce.number().int().min(1000).max(60_000),
    localDefault: "15000",
    optional: true,
  },
} satisfies ConfigSpec;
