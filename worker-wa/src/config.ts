import { baseWorkerVars } from "../../shared/workers/worker-config.ts";

/** worker-wa's variables; the WhatsApp connection adds its own here. */
export const workerWaVars = { ...baseWorkerVars };
