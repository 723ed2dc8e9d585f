import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DENO, ROOT } from "../../scripts/stack/paths.ts";
import { DENO_FUNCTION_FLAGS } from "../../scripts/stack/services.ts";

export interface FunctionsServer {
  /** e.g. http://127.0.0.1:40123/functions/v1 */
  url: string;
  logs: string[];
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface FunctionsServerOptions {
  timeoutMs?: number;
  /**
   * Pick the port before Deno starts, so the functions can call each other on this same
   * server (e.g. the api waking the agents): passes `FUNCTIONS_PORT` and, unless `env` sets
   * it, `FUNCTIONS_URL`. Off by default: Deno then picks its own port.
   */
  selfFunctionsUrl?: boolean;
}

/** A port free right now: listen on port 0, read what the OS gave, close. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

/**
 * Serves every function with real Deno, as `npm start` does, on a random port, against the
 * given database. Resolves once Deno is listening.
 */
export async function startFunctionsServer(
  env: Record<string, string>,
  options: FunctionsServerOptions = {},
): Promise<FunctionsServer> {
  const storageDir = env.STORAGE_DIR ?? mkdtempSync(join(tmpdir(), "talvix-storage-"));
  const self: Record<string, string> = {};
  if (options.selfFunctionsUrl) {
    const chosen = await freePort();
    self.FUNCTIONS_PORT = String(chosen);
    if (!env.FUNCTIONS_URL) self.FUNCTIONS_URL = `http://127.0.0.1:${chosen}/functions/v1`;
  }
  const child = spawn(
    DENO,
    [
      ...DENO_FUNCTION_FLAGS.map((f) =>
        f.startsWith("--allow-write") ? `--allow-write=${storageDir},${join(ROOT, ".data")}` : f,
      ),
      "functions/_local/serve.ts",
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        APP_ENV: "test",
        FUNCTIONS_PORT: "0",
        STORAGE_DIR: storageDir,
        DENO_NO_UPDATE_CHECK: "1",
        ...env,
        ...self,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const logs: string[] = [];
  let buffered = "";
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    logs.push(...lines);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`functions server did not start:\n${logs.join("\n")}`)),
      options.timeoutMs ?? 30_000,
    );
    const onData = () => {
      for (const line of logs) {
        if (line.includes('"message":"listening"')) {
          clearTimeout(timer);
          resolve((JSON.parse(line) as { port: number }).port);
          return;
        }
      }
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`functions server exited with ${code}:\n${logs.join("\n")}${buffered}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}/functions/v1`,
    logs,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
