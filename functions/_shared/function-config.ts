import { commonVars, type ConfigSpec } from "../../shared/config/load-config.ts";
import { storageVars } from "../../shared/storage/storage-config.ts";

/** Variables every function reads. Production must set each one; nothing falls back. */
export const baseFunctionVars = {
  databaseUrl: commonVars.databaseUrl,
  logLevel: commonVars.logLevel,
  version: commonVars.version,
  agentSecret: commonVars.agentSecret,
  functionsUrl: commonVars.functionsUrl,
  ...storageVars,
} satisfies ConfigSpec;
