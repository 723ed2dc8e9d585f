import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConfigError, loadConfig } from "../../../shared/config/load-config.ts";
import { baseFunctionVars } from "../../../functions/_shared/function-config.ts";
import { baseWorkerVars } from "../../../shared/workers/worker-config.ts";

const spec = {
  databaseUrl: {
    env: "DATABASE_URL",
    schema: z.string().startsWith("postgres"),
    localDefault: "postgresql://local",
    secret: true,
  },
  port: { env: "PORT", schema: z.coerce.number().int().positive(), localDefault: "8080" },
  apiKey: { env: "API_KEY", schema: z.string().min(8), secret: true },
  extra: { env: "EXTRA", schema: z.string(), optional: true },
};

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("uses local defaults only outside production", () => {
    const { config } = loadConfig("t", spec, { APP_ENV: "local", API_KEY: "k".repeat(10) });
    expect(config.databaseUrl).toBe("postgresql://local");
    expect(config.port).toBe(8080);
    expect(config.extra).toBeUndefined();
    expect(config.appEnv).toBe("local");
  });

  it("never falls back to local defaults in production and names every missing variable", () => {
    const problems = problemsOf(() => loadConfig("t", spec, { APP_ENV: "production" }));
    expect(problems).toEqual(["DATABASE_URL: missing", "PORT: missing", "API_KEY: missing"]);
  });

  it("treats an unset APP_ENV as production", () => {
    const problems = problemsOf(() => loadConfig("t", spec, { API_KEY: "k".repeat(10) }));
    expect(problems).toContain("DATABASE_URL: missing");
  });

  it("rejects an unknown APP_ENV", () => {
    const problems = problemsOf(() => loadConfig("t", spec, { APP_ENV: "staging" }));
    expect(problems[0]).toMatch(/^APP_ENV: must be one of/);
  });

  it("reports bad values by name without echoing secrets", () => {
    const problems = problemsOf(() =>
      loadConfig("t", spec, { APP_ENV: "local", PORT: "-3", API_KEY: "short" }),
    );
    expect(problems.some((p) => p.startsWith("PORT:") && p.includes('"-3"'))).toBe(true);
    const apiKey = problems.find((p) => p.startsWith("API_KEY:"));
    expect(apiKey).toBeDefined();
    expect(apiKey).not.toContain("short");
  });

  it("collects secret values for log redaction", () => {
    const { secrets } = loadConfig("t", spec, {
      APP_ENV: "production",
      DATABASE_URL: "postgres://u:pw@h/db",
      PORT: "1",
      API_KEY: "abcdefghij",
    });
    expect(secrets.sort()).toEqual(["abcdefghij", "postgres://u:pw@h/db"]);
  });

  it("a production function or worker config requires its secrets and database", () => {
    for (const vars of [baseFunctionVars, baseWorkerVars]) {
      const problems = problemsOf(() => loadConfig("p", vars, { APP_ENV: "production" }));
      expect(problems).toContain("DATABASE_URL: missing");
      expect(problems).toContain("AGENT_SECRET: missing");
    }
  });
});
