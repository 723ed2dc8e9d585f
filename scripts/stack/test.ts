import { spawn } from "node:child_process";
import { ensurePostgres } from "./postgres-install.ts";
import { readFile } from "node:fs/promises";
import { DATA_DIR, DENO, ROOT } from "./paths.ts";

const say = (line: string) => process.stdout.write(`talvix: ${line}\n`);
const bin = (name: string) => `${ROOT}/node_modules/.bin/${name}`;

function step(name: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<number>((resolve) => {
    say(`▶ ${name}`);
    const started = Date.now();
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("exit", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      say(`${code === 0 ? "✔" : "✘"} ${name} (${seconds} s)`);
      resolve(code ?? 1);
    });
  });
}

/** `npm test`: lint, format, types (Node and Deno), then every vitest suite. */
export async function runTests(extraArgs: string[]): Promise<number> {
  await ensurePostgres(say);
  const steps: [string, string, string[]][] = [
    ["lint (eslint)", bin("eslint"), ["."]],
    ["format check (prettier)", bin("prettier"), ["--check", "."]],
    ["type check (tsc)", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]],
    [
      "type check (deno check functions)",
      DENO,
      [
        "check",
        "--quiet",
        "functions/_local/serve.ts",
        "functions/api/index.ts",
        "functions/agents/index.ts",
        "functions/orchestrator/index.ts",
      ],
    ],
  ];
  if (extraArgs.length === 0) {
    for (const [name, cmd, args] of steps) {
      const code = await step(name, cmd, args);
      if (code !== 0) return code;
    }
  }
  const results = `${DATA_DIR}/vitest-results.json`;
  const code = await step("vitest", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${results}`,
    ...extraArgs,
  ]);
  // One plain closing line that any CI can read, right under vitest's own summary.
  try {
    const r = JSON.parse(await readFile(results, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    process.stdout.write(
      `vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped\n`,
    );
  } catch {
    // No results file: vitest failed before running anything; its exit code says so.
  }
  return code;
}
