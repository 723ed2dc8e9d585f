/** Shared wiring for the discovery tests: a sandbox-pointed run, users, a jd-clean stub. */
import { mkdtempSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Sql } from "../../../shared/db/sql.ts";
import { memoryLogger } from "../../../shared/log/logger.ts";
import { buildStorage } from "../../../worker-exec/src/discovery/build-storage.ts";
import type { DiscoveryDeps } from "../../../worker-exec/src/discovery/run-discovery.ts";
import {
  discoverySettings,
  type DiscoveryConfigInput,
} from "../../../worker-exec/src/discovery/settings.ts";
import { preparePosting } from "../../../worker-exec/src/discovery/prepared-posting.ts";
import type { DiscoveryTarget } from "../../../worker-exec/src/discovery/targets.ts";
import type { BrowserProvider } from "../../../worker-exec/src/scrape/browser-pool.ts";
import { HttpClient } from "../../../worker-exec/src/scrape/http-client.ts";
import type { SourceName } from "../../../worker-exec/src/scrape/raw-job.ts";
import { createReport } from "../../../worker-exec/src/scrape/report.ts";
import { collectJobs } from "../../../worker-exec/src/scrape/run-source.ts";
import { SOURCES } from "../../../worker-exec/src/scrape/sources/index.ts";

export const API_SOURCES: SourceName[] = [
  "greenhouse",
  "lever",
  "ashby",
  "smartrecruiters",
  "workday",
  "linkedin",
];
export const ALL_SOURCES: SourceName[] = [...API_SOURCES, "naukri", "internshala"];

/** An onboarded user who wants two roles in two cities (spelt the way people type them). */
export async function makeJobSeeker(
  sql: Sql,
  roles = ["Data Analyst", "Backend Engineer"],
  cities = ["Bangalore", "Pune"],
): Promise<string> {
  const [u] = await sql<{ id: string }[]>`
    insert into auth.users (email) values (${`${crypto.randomUUID()}@example.test`})
    returning id`;
  await sql`update users set onboarding_completed = true, cities_preferred = ${cities}
             where id = ${u!.id}`;
  for (const [i, title] of roles.entries()) {
    await sql`insert into user_target_roles (user_id, title, priority)
              values (${u!.id}, ${title}, ${i + 1})`;
  }
  return u!.id;
}

/** Only the given baseline searches (the migration's production list is for real boards). */
export async function useBaselines(
  sql: Sql,
  rows: { source: SourceName; query: string; location?: string }[],
): Promise<void> {
  await sql`delete from discovery_baseline_targets`;
  for (const r of rows) {
    await sql`insert into discovery_baseline_targets (source, query, location)
              values (${r.source}, ${r.query}, ${r.location ?? ""})`;
  }
}

export async function enqueueRun(sql: Sql): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into scrape_runs (trigger) values ('manual') returning id`;
  return row!.id;
}

export interface AgentStub {
  url: string;
  calls: { path: string; headers: IncomingHttpHeaders; body: unknown }[];
  status: number;
  close(): Promise<void>;
}

/** A stand-in for the agents function: records each wake-up, answers `status`. */
export async function startAgentStub(status = 200): Promise<AgentStub> {
  const stub: AgentStub = { url: "", calls: [], status, close: async () => {} };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      stub.calls.push({
        path: req.url ?? "",
        headers: req.headers,
        body: JSON.parse(body || "{}"),
      });
      res.writeHead(stub.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: stub.status < 300 ? "success" : "failed" }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/functions/v1`;
  stub.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return stub;
}

export const AGENT_SECRET = "test-agent-secret-0123456789abcdef0123456789";

export function discoveryDeps(
  sql: Sql,
  options: {
    sandboxUrl: string;
    functionsUrl: string;
    sources?: SourceName[];
    worker?: string;
    settings?: DiscoveryConfigInput;
  },
): DiscoveryDeps & { storageDir: string; logs: string[] } {
  const storageDir = mkdtempSync(join(tmpdir(), "talvix-discovery-"));
  const { logger, lines } = memoryLogger({ name: "discovery-test", level: "debug" });
  return {
    sql,
    logger,
    storage: buildStorage({
      appEnv: "test",
      storageBackend: "local",
      storageDir,
      storageBucket: "talvix",
    }),
    worker: options.worker ?? `test-worker-${crypto.randomUUID().slice(0, 8)}`,
    settings: discoverySettings({
      scrapeBaseUrl: options.sandboxUrl,
      discoverySources: options.sources ?? ALL_SOURCES,
      discoveryPageDelayMs: 0,
      discoveryRatePerSecond: 1000,
      discoveryLeaseMs: 20_000,
      discoveryMaxBrowsers: 1,
      ...options.settings,
    }),
    wakeup: { functionsUrl: options.functionsUrl, agentSecret: AGENT_SECRET },
    storageDir,
    logs: lines,
  };
}

export interface Expected {
  postings: number;
  jobs: number;
  perSource: Record<string, number>;
  fingerprints: Set<string>;
}

/**
 * What a run over `targets` must store, from the adapters alone: one job per fingerprint,
 * one job_sources row per (source, external id), per-source postings summed per target.
 */
export async function expectedFromAdapters(
  sandboxUrl: string,
  targets: readonly DiscoveryTarget[],
  browser?: BrowserProvider,
): Promise<Expected> {
  const http = new HttpClient({ ratePerSecond: 1000, burst: 1000, concurrency: 8 });
  const postings = new Set<string>();
  const fingerprints = new Set<string>();
  const perSource: Record<string, number> = {};
  await Promise.all(
    targets.map(async (t) => {
      const { jobs, report } = await collectJobs(
        SOURCES[t.source],
        { company: t.company, query: t.query, location: t.location, limit: t.limit },
        { baseUrl: sandboxUrl, http, browser, report: createReport(), pageDelayMs: 0 },
      );
      if (report.stopped) throw new Error(`${t.source} ${t.key}: ${report.stopped.message}`);
      const mine = new Set<string>();
      for (const raw of jobs) {
        const p = preparePosting(raw, t.company);
        mine.add(`${p.source}:${p.externalId}`);
        fingerprints.add(p.fingerprint);
      }
      for (const k of mine) postings.add(k);
      perSource[t.source] = (perSource[t.source] ?? 0) + mine.size;
    }),
  );
  return { postings: postings.size, jobs: fingerprints.size, perSource, fingerprints };
}
