// The one place in shared/ that touches node:*: the Node process adapted to WorkerHost,
// so both workers boot the same way without importing each other.
import { hostname } from "node:os";
import type { WorkerHost } from "../workers/run-worker.ts";

/** The Node process as a WorkerHost. */
export const nodeHost: WorkerHost = {
  env: process.env,
  hostname: hostname(),
  pid: process.pid,
  onShutdownSignal(handler) {
    process.once("SIGTERM", handler);
    process.once("SIGINT", handler);
  },
  exit(code) {
    process.exit(code);
  },
  writeError(line) {
    process.stderr.write(`${line}\n`);
  },
};
