import { z } from "zod";

/** Where a process runs. Anything unset is treated as production so nothing silently falls back. */
export const AppEnv = z.enum(["local", "test", "production"]);
export type AppEnv = z.infer<typeof AppEnv>;

export interface EnvVarSpec<T = unknown> {
  /** The environment variable's name. */
  env: string;
  schema: z.ZodType<T>;
  /** Used only when APP_ENV is local or test; production never sees it. */
  localDefault?: string;
  /** Secret values are collected so loggers can redact them. */
  secret?: boolean;
  /** Optional variables may be absent everywhere. */
  optional?: boolean;
}

export type ConfigSpec = Record<string, EnvVarSpec>;

export type ConfigOf<S extends ConfigSpec> = {
  [K in keyof S]: S[K] extends EnvVarSpec<infer T>
    ? S[K]["optional"] extends true
      ? T | undefined
      : T
    : never;
} & { appEnv: AppEnv };

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(processName: string, problems: string[]) {
    super(`${processName}: invalid configuration\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

export interface LoadedConfig<S extends ConfigSpec> {
  config: ConfigOf<S>;
  /** Every configured secret value, for log redaction. */
  secrets: string[];
}

export function loadConfig<S extends ConfigSpec>(
  processName: string,
  spec: S,
  env: Record<string, string | undefined>,
): LoadedConfig<S> {
  const problems: string[] = [];
  const appEnvParsed = AppEnv.safeParse(env.APP_ENV ?? "production");
  if (!appEnvParsed.success) {
    problems.push(`APP_ENV: must be one of local, test, production (got "${env.APP_ENV}")`);
  }
  const appEnv: AppEnv = appEnvParsed.success ? appEnvParsed.data : "production";
  const allowLocalDefaults = appEnv !== "production";

  const out: Record<string, unknown> = { appEnv };
  const secrets: string[] = [];
  for (const [key, item] of Object.entries(spec)) {
    const raw = env[item.env];
    const value =
      raw !== undefined && raw !== "" ? raw : allowLocalDefaults ? item.localDefault : undefined;
    if (value === undefined) {
      if (item.optional) {
        out[key] = undefined;
        continue;
      }
      problems.push(`${item.env}: missing`);
      continue;
    }
    const parsed = item.schema.safeParse(value);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => i.message).join("; ");
      // Never echo a secret's value back, even a malformed one.
      problems.push(`${item.env}: ${why}${item.secret ? "" : ` (got "${value.slice(0, 80)}")`}`);
      continue;
    }
    out[key] = parsed.data;
    if (item.secret) secrets.push(value);
  }
  if (problems.length > 0) throw new ConfigError(processName, problems);
  return { config: out as ConfigOf<S>, secrets };
}

/** Reusable variable specs shared by several processes. */
export const commonVars = {
  databaseUrl: {
    env: "DATABASE_URL",
    schema: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL"),
    localDefault: "postgresql://postgres:postgres@127.0.0.1:54322/postgres",
    secret: true,
  },
  version: { env: "APP_VERSION", schema: z.string().min(1), localDefault: "0.1.0-local" },
  agentSecret: {
    env: "AGENT_SECRET",
    schema: z.string().min(32, "must be at least 32 characters"),
    secret: true,
  },
  /** Where the functions are reached (`…/functions/v1`): wake-ups between parts. */
  functionsUrl: {
    env: "FUNCTIONS_URL",
    schema: z.url(),
    localDefault: "http://127.0.0.1:54321/functions/v1",
  },
  logLevel: {
    env: "LOG_LEVEL",
    schema: z.enum(["debug", "info", "warn", "error"]),
    localDefault: "info",
    optional: true,
  },
} satisfies ConfigSpec;

export const secretString = (minLength: number) =>
  z.string().min(minLength, `must be at least ${minLength} characters`);
