import { nodeHost } from "../../shared/runtime/node-host.ts";
import { systemClock } from "../../shared/time/clock.ts";
import type { WorkLoop } from "../../shared/workers/worker-runtime.ts";
import { runWorker } from "../../shared/workers/run-worker.ts";
import { createWaBot } from "./bot.ts";
import { sendSettings, workerWaVars } from "./config.ts";
import { abortableSleep } from "./connection/connection-manager.ts";
import { humanDelay } from "./outbound/send-policy.ts";
import {
  buildBaileysTransport,
  buildConsoleTransport,
  instanceId,
} from "./transport/build-transport.ts";
import type { WaTransport } from "./transport/transport.ts";

// worker-wa: one WhatsApp connection (Baileys with WA_ENABLED=true, else the console
// transport behind `talvix wa`), inbound commands and outbound notifications.
await runWorker("worker-wa", workerWaVars, nodeHost, async ({ config, sql, logger, signal }) => {
  const clock = systemClock;
  const instance = instanceId();
  const settings = sendSettings(config);
  let transport: WaTransport;
  let account: string;
  const extraLoops: WorkLoop[] = [];
  let stopExtra = async () => {};
  if (config.waEnabled) {
    if (!config.waPhone) {
      nodeHost.writeError(
        "worker-wa: invalid configuration\n  - WA_PHONE: required when WA_ENABLED=true",
      );
      nodeHost.exit(78);
    }
    account = config.waPhone;
    transport = await buildBaileysTransport({
      sql,
      logger,
      clock,
      phone: config.waPhone,
      pairing: config.waPairing ?? "qr",
      instance,
    });
  } else {
    const consoleSide = buildConsoleTransport({ sql, logger, clock, instance, echo: true });
    transport = consoleSide.transport;
    account = consoleSide.account;
    extraLoops.push(consoleSide.mailbox.loop());
    stopExtra = () => consoleSide.mailbox.stop();
  }
  const bot = createWaBot({
    sql,
    logger,
    clock,
    transport,
    account,
    instance,
    limits: settings.limits,
    typingDelayMs: () => humanDelay(settings.delayMinMs, settings.delayMaxMs, Math.random),
    sleep: abortableSleep,
    signal,
  });
  logger.info("worker-wa transport", { transport: transport.kind });

  // Owns the transport's life, so the runtime's drain waits for the socket to close, the
  // status to say 'stopped' and the lease to be freed before the SQL pool ends.
  const connection: WorkLoop = {
    name: "wa-connection",
    idleMs: 1_000,
    async tick(loopSignal) {
      await bot.start();
      await new Promise<void>((resolve) => {
        if (loopSignal.aborted) return resolve();
        loopSignal.addEventListener("abort", () => resolve(), { once: true });
      });
      await bot.stop();
      await stopExtra();
      return false;
    },
  };
  return [connection, ...bot.loops(), ...extraLoops];
});
