import { hostname } from "node:os";
import {
  Browsers,
  fetchLatestBaileysVersion,
  makeWASocket,
  type WAVersion,
} from "@whiskeysockets/baileys";
import type { Sql } from "../../../shared/db/sql.ts";
import { withTimeout } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Clock } from "../../../shared/time/clock.ts";
import { abortableSleep } from "../connection/connection-manager.ts";
import { ConnectionStatusStore } from "../connection/connection-status.ts";
import { printPairingCodeToTerminal, printQrToTerminal } from "../connection/print-pairing.ts";
import { DEFAULT_BACKOFF } from "../connection/reconnect-policy.ts";
import type { WaSocket } from "../connection/wa-socket.ts";
import { BaileysTransport } from "./baileys-transport.ts";
import { CONSOLE_ACCOUNT, ConsoleMailbox } from "./console-mailbox.ts";
import { ConsoleTransport } from "./console-transport.ts";

export function instanceId(): string {
  return `worker-wa:${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
}

/** WhatsApp's current web version; Baileys' built-in one if the lookup fails or is slow. */
async function waVersion(logger: Logger): Promise<WAVersion | undefined> {
  try {
    const latest = await withTimeout(fetchLatestBaileysVersion(), 10_000, "WhatsApp version");
    return latest.version;
  } catch (err) {
    logger.warn("wa version lookup failed; using Baileys' default", {
      reason: err instanceof Error ? err.message : String(err),
    });
    return undefined;
  }
}

export async function buildBaileysTransport(o: {
  sql: Sql;
  logger: Logger;
  clock: Clock;
  phone: string;
  pairing: "qr" | "code";
  instance: string;
}): Promise<BaileysTransport> {
  const version = await waVersion(o.logger);
  return new BaileysTransport(
    {
      sql: o.sql,
      logger: o.logger,
      clock: o.clock,
      status: new ConnectionStatusStore(o.sql, o.phone, o.instance, "baileys"),
      socketFactory: (config) => makeWASocket(config) as unknown as WaSocket,
      socketConfig: { ...(version ? { version } : {}), browser: Browsers.ubuntu("Chrome") },
      pairing: { mode: o.pairing, phone: o.phone },
      printQr: printQrToTerminal,
      printPairingCode: printPairingCodeToTerminal,
      onAlert: () => {},
      backoff: { ...DEFAULT_BACKOFF, random: Math.random },
      lease: { ttlMs: 60_000, renewMs: 15_000, waitMs: 15_000 },
      stableMs: 10 * 60_000,
      pairPollMs: 15_000,
      sleep: abortableSleep,
    },
    o.logger,
  );
}

/** The console transport wired to the wa_console_messages mailbox (`talvix wa`). */
export function buildConsoleTransport(o: {
  sql: Sql;
  logger: Logger;
  clock: Clock;
  instance: string;
  echo?: boolean;
}) {
  let mailbox: ConsoleMailbox | null = null;
  const transport = new ConsoleTransport({
    clock: o.clock,
    onSend: async (m) => {
      if (o.echo) o.logger.info("wa console send", { chars: m.text.length });
      await mailbox?.deliver(m);
    },
  });
  mailbox = new ConsoleMailbox(
    o.sql,
    transport,
    new ConnectionStatusStore(o.sql, CONSOLE_ACCOUNT, o.instance, "console"),
    o.logger,
  );
  return { transport, mailbox, account: CONSOLE_ACCOUNT };
}
