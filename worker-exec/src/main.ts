import { runWorker } from "../../shared/workers/run-worker.ts";
import { workerExecVars } from "./config.ts";
import { nodeHost } from "../../shared/runtime/node-host.ts";

// worker-exec: scraping, applying and session health. Its work loops are registered here.
await runWorker("worker-exec", workerExecVars, nodeHost, () => []);
