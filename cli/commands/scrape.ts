/**
 * `talvix scrape --source <name> [--company <slug>] [--query <q>] [--location <city>]
 *                [--base-url <url>] [--limit N] [--page-delay-ms N]`
 * Normalised jobs as JSON lines on stdout; progress and the run summary on stderr.
 * Exit: 0 done, 1 source unreachable/failed, 2 bad usage, 3 the board stopped us.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createLocalStorage } from "../../shared/storage/local-storage.ts";
import { checkBaseUrl } from "../../worker-exec/src/scrape/base-url.ts";
import { BrowserPool } from "../../worker-exec/src/scrape/browser-pool.ts";
import { HttpClient } from "../../worker-exec/src/scrape/http-client.ts";
import { SOURCE_NAMES } from "../../worker-exec/src/scrape/raw-job.ts";
import { createReport } from "../../worker-exec/src/scrape/report.ts";
import { runSource } from "../../worker-exec/src/scrape/run-source.ts";
import type { ProgressEvent, SourceContext } from "../../worker-exec/src/scrape/source-adapter.ts";
import { getSource } from "../../worker-exec/src/scrape/sources/index.ts";
import { parseCliArgs } from "../args.ts";
import { CliError } from "../cli-error.ts";

const USAGE =
  "usage: talvix scrape --source <name> [--company <slug>] [--query <q>] [--location <city>] [--base-url <url>] [--limit N]";

function positiveInt(
  value: string | undefined,
  flag: string,
  allowZero = false,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || (!allowZero && n === 0)) {
    throw new CliError(
      `${flag} must be a ${allowZero ? "non-negative" : "positive"} integer, got "${value}"`,
    );
  }
  return n;
}

function describe(event: ProgressEvent): string {
  switch (event.type) {
    case "page":
      return `${event.source}: page ${event.page} (${event.jobs} entries)`;
    case "malformed":
      return `${event.source}: skipped malformed entry (${event.detail})`;
    case "retry":
      return `${event.source}: retry ${event.attempt} in ${event.waitMs} ms (${event.cause})`;
    case "stop":
      return `${event.source}: stopped (${event.reason}): ${event.detail}`;
  }
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCliArgs(
    argv,
    {
      source: { type: "string" },
      company: { type: "string" },
      query: { type: "string" },
      location: { type: "string" },
      "base-url": { type: "string" },
      limit: { type: "string" },
      "page-delay-ms": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    false,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\nsources: ${SOURCE_NAMES.join(", ")}\n`);
    return 0;
  }
  if (!values.source) throw new CliError("--source is required (see: talvix scrape --help)");
  const adapter = getSource(values.source);
  if (!adapter) {
    throw new CliError(`unknown source "${values.source}" (one of: ${SOURCE_NAMES.join(", ")})`);
  }
  if (adapter.needs === "company" && !values.company?.trim()) {
    throw new CliError(`--company <slug> is required for ${adapter.name}`);
  }
  if (adapter.needs === "query" && !values.query?.trim()) {
    throw new CliError(`--query <keywords> is required for ${adapter.name}`);
  }
  const baseUrl = values["base-url"];
  if (baseUrl !== undefined) {
    const problem = checkBaseUrl(baseUrl);
    if (problem) throw new CliError(`--base-url: ${problem}`);
  }
  const limit = positiveInt(values.limit, "--limit");
  const pageDelayMs = positiveInt(values["page-delay-ms"], "--page-delay-ms", true);
  if (
    adapter.name === "workday" &&
    values.company &&
    !/^[a-z0-9-]+(\.wd\d+)?\/[\w-]+$/i.test(values.company)
  ) {
    throw new CliError(
      `--company for workday looks like "<tenant>.wd<n>/<site>", got "${values.company}"`,
    );
  }

  const progress = (event: ProgressEvent) => process.stderr.write(`scrape: ${describe(event)}\n`);
  const proxyUrl = process.env.SCRAPE_PROXY_URL || undefined;
  const storage = createLocalStorage({
    root: join(process.cwd(), ".data", "storage"),
    fs: { readFile, writeFile, mkdir, rm },
  });
  const browser =
    adapter.kind === "browser"
      ? new BrowserPool({ proxyUrl, saveArtifact: (path, bytes) => storage.put(path, bytes) })
      : undefined;
  const ctx: SourceContext = {
    baseUrl,
    http: new HttpClient({
      proxyUrl,
      // LinkedIn is the quickest to block; one request a second at most.
      perSource: { linkedin: { ratePerSecond: 1, burst: 1 } },
      onRetry: (info) => progress({ type: "retry", ...info }),
    }),
    browser,
    proxyUrl,
    onProgress: progress,
    report: createReport(),
    pageDelayMs,
  };
  const target = {
    company: values.company,
    query: values.query,
    location: values.location,
    limit,
  };
  try {
    for await (const job of runSource(adapter, target, ctx)) {
      process.stdout.write(`${JSON.stringify(job)}\n`);
    }
  } finally {
    await browser?.close();
  }
  const r = ctx.report;
  process.stderr.write(
    `scrape: ${adapter.name}: ${r.yielded} jobs, ${r.malformed} malformed skipped, ${r.pages} pages\n`,
  );
  if (r.stopped) {
    process.stderr.write(`talvix: ${r.stopped.message}\n`);
    return r.stopped.reason === "unreachable" || r.stopped.reason.startsWith("http_") ? 1 : 3;
  }
  return 0;
}
