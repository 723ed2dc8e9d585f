import { LOCAL } from "./paths.ts";
import { isAlive, removePidFile, runningStackPid } from "./pid-file.ts";
import { stopCluster } from "./postgres-cluster.ts";
import { findPostgres } from "./postgres-install.ts";
import { waitFor } from "./wait-for.ts";

const say = (line: string) => process.stdout.write(`talvix: ${line}\n`);

/** Stops a running stack (its children drain) and then the local Postgres cluster. */
export async function stopStack(): Promise<void> {
  const pid = runningStackPid(LOCAL.pidFile);
  if (pid) {
    process.kill(pid, "SIGTERM");
    await waitFor("the stack to stop", async () => !isAlive(pid), 30_000);
    say(`stack (pid ${pid}) stopped`);
  }
  await removePidFile(LOCAL.pidFile);
  const install = findPostgres();
  if (install && (await stopCluster({ install, dir: LOCAL.pgDir, port: LOCAL.pgPort }))) {
    say("postgres stopped");
  } else {
    say("postgres was not running");
  }
}
