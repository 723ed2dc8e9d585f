import { baseWorkerVars } from "../../shared/workers/worker-config.ts";

/** worker-exec's variables; scraping and applying add theirs here. */
export const workerExecVars = { ...baseWorkerVars };
