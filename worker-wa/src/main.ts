import { runWorker } from "../../shared/workers/run-worker.ts";
import { nodeHost } from "../../shared/runtime/node-host.ts";
import { workerWaVars } from "./config.ts";

// worker-wa: one WhatsApp connection, inbound commands and outbound notifications.
await runWorker("worker-wa", workerWaVars, nodeHost, () => []);
