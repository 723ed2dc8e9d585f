import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import type { ConnectionStatusStore } from "../connection/connection-status.ts";
import type { ConsoleSent, ConsoleTransport } from "./console-transport.ts";

export const CONSOLE_ACCOUNT = "console";

/**
 * The console transport's link to `talvix wa`: the worker that holds the 'console' account's
 * lease reads 'in' rows of wa_console_messages into the bot and writes everything the bot
 * sends as 'out' rows, which the chat prints. One holder at a time, like a real number.
 */
export class ConsoleMailbox {
  private owner = false;

  constructor(
    private readonly sql: Sql,
    private readonly transport: ConsoleTransport,
    private readonly status: ConnectionStatusStore,
    private readonly logger: Logger,
    private readonly leaseMs = 30_000,
  ) {}

  /** The ConsoleTransport's onSend. */
  async deliver(message: ConsoleSent): Promise<void> {
    await this.sql`
      insert into public.wa_console_messages (phone, direction, body, message_id, created_at)
      values (${message.phone}, 'out', ${message.text.slice(0, 4096)}, ${message.messageId},
              ${message.at})`;
  }

  isOwner(): boolean {
    return this.owner;
  }

  /** Takes or renews the console lease; true while this process serves the console. */
  async hold(): Promise<boolean> {
    if (this.owner) {
      this.owner = await this.status.renew(this.leaseMs);
      if (!this.owner) this.logger.warn("console mailbox lease lost");
      return this.owner;
    }
    this.owner = await this.status.acquire(this.leaseMs);
    if (this.owner) {
      await this.status.set({ status: "open", reason: "console transport" });
      this.logger.info("console mailbox serving `talvix wa`");
    }
    return this.owner;
  }

  /** Feeds waiting 'in' rows to the bot, oldest first. Returns how many. */
  async pull(): Promise<number> {
    if (!(await this.hold())) return 0;
    const rows = await this.sql<
      { phone: string; body: string; message_id: string; created_at: Date }[]
    >`
      update public.wa_console_messages m set consumed_at = now()
        from (select id from public.wa_console_messages
               where direction = 'in' and consumed_at is null
               order by id limit 20 for update skip locked) picked
       where m.id = picked.id
      returning m.phone, m.body, m.message_id, m.created_at, m.id`;
    rows.sort((a, b) => (a.created_at < b.created_at ? -1 : 1));
    for (const r of rows) {
      await this.transport.receive(r.phone, r.body, {
        messageId: r.message_id,
        receivedAt: r.created_at,
      });
    }
    return rows.length;
  }

  loop(idleMs = 250): WorkLoop {
    return { name: "wa-console-mailbox", idleMs, tick: async () => (await this.pull()) > 0 };
  }

  async stop(): Promise<void> {
    if (!this.owner) return;
    await this.status.set({ status: "stopped" });
    await this.status.release();
    this.owner = false;
  }
}
