import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../../../cli/cli-error.ts";
import { run } from "../../../cli/commands/scrape.ts";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { RawJobSchema } from "../../../worker-exec/src/scrape/raw-job.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await sandbox.close();
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

// Async on purpose: the sandbox lives in this process and must keep answering.
function talvix(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin", "talvix.mjs"), "scrape", ...args],
      { cwd: ROOT, env: { ...process.env, SCRAPE_PROXY_URL: "" }, timeout: 30_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe.concurrent("talvix scrape", () => {
  it("prints normalised jobs as JSON lines, progress on stderr", async () => {
    const r = await talvix([
      "--source",
      "lever",
      "--company",
      "finlyft",
      "--base-url",
      sandbox.url,
      "--limit",
      "25",
      "--page-delay-ms",
      "0",
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(25);
    for (const line of lines) RawJobSchema.parse(JSON.parse(line));
    expect(r.stderr).toContain("lever: page 2");
    expect(r.stderr).toContain("lever: 25 jobs, 2 malformed skipped, 2 pages");
  });

  it("keeps the base URL's origin only; paths stay the real ones", async () => {
    const r = await talvix([
      "--source",
      "greenhouse",
      "--company",
      "medibridge",
      "--base-url",
      `${sandbox.url}/ignored/path`,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(22);
  });

  it.each([
    [["--source", "monster", "--query", "x"], /unknown source "monster"/],
    [["--source", "lever"], /--company <slug> is required for lever/],
  ])("bad usage %j exits 2 with one clear line", async (args, message) => {
    const r = await talvix(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("an unreachable source exits 1 with one line", async () => {
    const r = await talvix([
      "--source",
      "greenhouse",
      "--company",
      "paywiz",
      "--base-url",
      "http://127.0.0.1:9",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/talvix: greenhouse: cannot reach 127\.0\.0\.1:9/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a board that blocks exits 3 after printing what it got", async () => {
    const r = await talvix([
      "--source",
      "linkedin",
      "--query",
      "authwall",
      "--base-url",
      sandbox.url,
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("stopped (blocked)");
  });
});

// The rest of the usage checks run in-process: same code path, no process start-up.
describe("talvix scrape argument checks", () => {
  it.each([
    [["--source", "linkedin", "--location", "Pune"], /--query <keywords> is required for linkedin/],
    [["--source", "naukri"], /--query <keywords> is required for naukri/],
    [["--company", "paywiz"], /--source is required/],
    [
      ["--source", "greenhouse", "--company", "paywiz", "--base-url", "not a url"],
      /--base-url: not a valid URL/,
    ],
    [
      ["--source", "greenhouse", "--company", "paywiz", "--base-url", "ftp://x.test"],
      /must be http\(s\)/,
    ],
    [
      ["--source", "greenhouse", "--company", "paywiz", "--limit", "abc"],
      /--limit must be a positive integer/,
    ],
    [
      ["--source", "greenhouse", "--company", "paywiz", "--limit", "0"],
      /--limit must be a positive integer/,
    ],
    [["--source", "workday", "--company", "sundaram"], /<tenant>\.wd<n>\/<site>/],
    [["--source", "greenhouse", "--company", "paywiz", "--bogus"], /Unknown option '--bogus'/],
  ])("%j is a CliError (exit 2)", async (args, message) => {
    const error = await run(args as string[]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message.split("\n")[0]).toMatch(message);
  });
});
