import { nodeHost } from "../../shared/runtime/node-host.ts";
import { runWorker } from "../../shared/workers/run-worker.ts";
import { workerExecVars } from "./config.ts";
import { buildStorage, discoveryLoops, discoverySettings } from "./discovery/index.ts";
import { buildApplyLoops } from "./apply/loops.ts";

// worker-exec: scraping, applying and session health. Its work loops are registered here.
await runWorker(
  "worker-exec",
  workerExecVars,
  nodeHost,
  async ({ config, sql, logger, instanceId }) => {
    const loops = [];
    if (config.discoveryEnabled ?? true) {
      loops.push(
        ...discoveryLoops({
          sql,
          logger,
          storage: buildStorage(config),
          worker: instanceId,
          settings: discoverySettings(config),
          wakeup: { functionsUrl: config.functionsUrl, agentSecret: config.agentSecret },
        }),
      );
    }
    if (config.applyEnabled ?? true) {
      const apply = await buildApplyLoops({
        config,
        sql,
        logger,
        storage: buildStorage(config),
        instanceId,
      });
      loops.push(...apply.loops);
    }
    return loops;
  },
);
