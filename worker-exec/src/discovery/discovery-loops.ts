/**
 * worker-exec's discovery work loops: `discovery` claims and works scrape runs; the
 * `jd-clean-sweep` re-sends lost jd-clean wake-ups every few minutes.
 */
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import { sweepJdClean } from "./jd-clean-wakeup.ts";
import { claimAndRun, type DiscoveryDeps } from "./run-discovery.ts";

export function discoveryLoops(deps: DiscoveryDeps): WorkLoop[] {
  return [
    {
      name: "discovery",
      idleMs: deps.settings.pollMs,
      async tick(signal) {
        return (await claimAndRun(deps, signal)) !== null;
      },
    },
    {
      name: "jd-clean-sweep",
      idleMs: deps.settings.sweepMs,
      async tick() {
        await sweepJdClean({
          ...deps.wakeup,
          sql: deps.sql,
          logger: deps.logger,
          wakeAfterMs: deps.settings.wakeAfterMs,
        });
        // One pass per interval: what is still due waits for the next one.
        return false;
      },
    },
  ];
}
