import { rm } from "node:fs/promises";
import { LOCAL } from "./paths.ts";
import { runningStackPid } from "./pid-file.ts";
import { stopCluster } from "./postgres-cluster.ts";
import { findPostgres } from "./postgres-install.ts";

const say = (line: string) => process.stdout.write(`talvix: ${line}\n`);

/** Deletes the local cluster and stored files; the next `npm start` builds them afresh. */
export async function resetDatabase(): Promise<void> {
  const pid = runningStackPid(LOCAL.pidFile);
  if (pid) {
    say(`the stack is running (pid ${pid}); stop it first (Ctrl-C or \`npm run stop\`)`);
    process.exitCode = 1;
    return;
  }
  const install = findPostgres();
  if (install) await stopCluster({ install, dir: LOCAL.pgDir, port: LOCAL.pgPort });
  await rm(LOCAL.pgDir, { recursive: true, force: true });
  await rm(LOCAL.storageDir, { recursive: true, force: true });
  say("local database and storage removed; `npm start` recreates them (secrets are kept)");
}
