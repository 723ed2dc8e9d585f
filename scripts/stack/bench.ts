import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { ensurePostgres } from "./postgres-install.ts";
import { ROOT, TSX_IMPORT } from "./paths.ts";

/** `npm run bench`: every `bench/*-bench.ts` in turn (or those named), figures on stdout. */
export async function runBenchmarks(only: string[]): Promise<number> {
  await ensurePostgres((l) => process.stdout.write(`talvix: ${l}\n`));
  const files = (await readdir(`${ROOT}/bench`))
    .filter((f) => f.endsWith("-bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  let failed = 0;
  for (const file of files) {
    process.stdout.write(`\n=== ${file} ===\n`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [...TSX_IMPORT, `bench/${file}`], {
        cwd: ROOT,
        stdio: "inherit",
      });
      child.on("exit", (c) => resolve(c ?? 1));
    });
    if (code !== 0) failed++;
  }
  return failed === 0 ? 0 : 1;
}
