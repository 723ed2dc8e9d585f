import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../shared/config/load-config.ts";
import { workerExecVars } from "../../../worker-exec/src/config.ts";
import {
  DEFAULT_SOURCE_SETTINGS,
  discoverySettings,
} from "../../../worker-exec/src/discovery/settings.ts";

const env = { APP_ENV: "test", AGENT_SECRET: "x".repeat(40) };

describe("worker-exec discovery config", () => {
  it("defaults to every source at production pace", () => {
    const { config } = loadConfig("worker-exec", workerExecVars, env);
    const s = discoverySettings(config);
    expect(s.sources).toHaveLength(8);
    expect(s.perSource).toEqual(DEFAULT_SOURCE_SETTINGS);
    expect(s).toMatchObject({ pageDelayMs: 1500, batchSize: 500, maxBrowsers: 2 });
    expect(s.baseUrl).toBeUndefined();
  });

  it("reads sources, per-source limits, the sandbox URL and the proxy", () => {
    const { config, secrets } = loadConfig("worker-exec", workerExecVars, {
      ...env,
      DISCOVERY_SOURCES: "greenhouse, linkedin",
      DISCOVERY_SOURCE_LIMITS: '{"linkedin":{"ratePerSecond":0.5,"targets":2}}',
      DISCOVERY_RATE_PER_SECOND: "10",
      SCRAPE_BASE_URL: "http://127.0.0.1:54330",
      SCRAPE_PROXY_URL: "http://user:pass@proxy.example:8080",
    });
    const s = discoverySettings(config);
    expect(s.sources).toEqual(["greenhouse", "linkedin"]);
    expect(s.perSource.linkedin).toEqual({
      ratePerSecond: 0.5,
      burst: 10,
      concurrency: 1,
      targets: 2,
    });
    expect(s.perSource.greenhouse.ratePerSecond).toBe(10);
    expect(s.baseUrl).toBe("http://127.0.0.1:54330");
    // The proxy may carry credentials: loggers redact it.
    expect(secrets).toContain("http://user:pass@proxy.example:8080");
  });

  it("names a bad variable", () => {
    expect(() =>
      loadConfig("worker-exec", workerExecVars, {
        ...env,
        DISCOVERY_SOURCES: "greenhouse,monster",
      }),
    ).toThrow(/DISCOVERY_SOURCES/);
    expect(() =>
      loadConfig("worker-exec", workerExecVars, { ...env, DISCOVERY_SOURCE_LIMITS: "{oops" }),
    ).toThrow(/DISCOVERY_SOURCE_LIMITS: must be JSON/);
  });
});
