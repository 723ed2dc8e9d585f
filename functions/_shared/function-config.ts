import { z } from "zod";
import { commonVars, type ConfigSpec } from "../../shared/config/load-config.ts";

/** Variables every function reads. Production must set each one; nothing falls back. */
export const baseFunctionVars = {
  databaseUrl: commonVars.databaseUrl,
  logLevel: commonVars.logLevel,
  version: commonVars.version,
  agentSecret: commonVars.agentSecret,
  functionsUrl: commonVars.functionsUrl,
  storageBackend: {
    env: "STORAGE_BACKEND",
    schema: z.enum(["local", "supabase"]),
    localDefault: "local",
  },
  storageDir: { env: "STORAGE_DIR", schema: z.string().min(1), optional: true },
  storageBucket: { env: "STORAGE_BUCKET", schema: z.string().min(1), localDefault: "talvix" },
  supabaseUrl: { env: "SUPABASE_URL", schema: z.url(), optional: true },
  supabaseServiceRoleKey: {
    env: "SUPABASE_SERVICE_ROLE_KEY",
    schema: z.string().min(20),
    secret: true,
    optional: true,
  },
} satisfies ConfigSpec;
