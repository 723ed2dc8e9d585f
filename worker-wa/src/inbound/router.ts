import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Clock } from "../../../shared/time/clock.ts";
import { maskPhone } from "../../../shared/whatsapp/phone.ts";
import { logCommand } from "../db/agent-log.ts";
import { findUserByPhone } from "../db/wa-users.ts";
import type { Replier } from "../outbound/replier.ts";
import type { InboundMessage } from "../transport/transport.ts";
import type { CommandResult } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { applyGates, isPaidTier } from "./gates.ts";
import { parseCommand } from "./parse-command.ts";
import type { CommandRateLimiter } from "./rate-limiter.ts";
import { replies } from "./replies.ts";

export interface RouterDeps {
  sql: Sql;
  logger: Logger;
  clock: Clock;
  account: string;
  limiter: CommandRateLimiter;
  replier: Replier;
}

/**
 * One inbound text → at most one reply. In order: de-duplicate (WhatsApp redelivers after a
 * reconnect), rate limit, gate 1 (registered number), gate 2 (opted in, else only START and
 * STOP), gate 3 (paid command needs a paid tier), then the command; unknown words get HELP.
 * Every message from a registered number leaves an agent_logs row.
 */
export class CommandRouter {
  constructor(private readonly d: RouterDeps) {}

  async handle(message: InboundMessage): Promise<void> {
    const { sql, clock, logger, replier } = this.d;
    const started = clock.now();
    const { command, word } = parseCommand(message.text);
    const to = maskPhone(message.phone);

    const fresh = await sql`
      insert into public.wa_inbound_messages (account, message_id, command, received_at)
      values (${this.d.account}, ${message.messageId.slice(0, 128)}, ${command}, ${started})
      on conflict (account, message_id) do nothing
      returning message_id`;
    if (fresh.length === 0) {
      logger.debug("wa inbound duplicate ignored", { from: to });
      return;
    }

    const rate = this.d.limiter.hit(message.phone, started);
    const user = await findUserByPhone(sql, message.phone);
    const log = (result: Omit<Parameters<typeof logCommand>[1], "durationMs" | "userId">) =>
      logCommand(sql, {
        ...result,
        userId: user?.id ?? null,
        durationMs: clock.now().getTime() - started.getTime(),
      });

    if (rate !== "ok") {
      // Unregistered numbers never hear from us, not even about the rate limit.
      if (user && rate === "warn") await replier.reply(user.id, message.phone, replies.rateLimited);
      if (user) {
        await log({ status: "skipped", metadata: { command, gate: "rate_limit", outcome: rate } });
      }
      logger.info("wa inbound rate limited", { from: to, decision: rate });
      return;
    }

    const noticeSent = user && !user.wa_opted_in ? await this.optOutNoticeSent(user.id) : false;
    const gate = applyGates(user, command, noticeSent);
    if (!gate.pass) {
      if (gate.gate === "unregistered" || !user) {
        logger.info("wa inbound from unregistered number ignored", { from: to });
        return;
      }
      if (gate.gate === "opted_out") {
        if (gate.notice) {
          await sql`
            insert into public.wa_opt_out_notices (user_id, noticed_at) values (${user.id}, ${started})
            on conflict (user_id) do nothing`;
          await replier.reply(user.id, message.phone, replies.optedOutNotice);
        }
        await log({
          status: "skipped",
          metadata: { command, gate: "opted_out", outcome: gate.notice ? "notice" : "silent" },
        });
        return;
      }
      await replier.reply(user.id, message.phone, replies.upgrade(command ?? word));
      await log({
        status: "skipped",
        metadata: { command, gate: "free_tier", outcome: "upgrade" },
      });
      return;
    }
    if (!user) return; // unreachable: gate 1 passed

    const run = command ?? "HELP";
    let result: CommandResult;
    try {
      result = await COMMANDS[run].run({ sql, user, clock, paid: isPaidTier(user.tier) });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      logger.error("wa command failed", { command: run, reason });
      await replier.reply(user.id, message.phone, replies.failed);
      await log({ status: "failed", metadata: { command: run, outcome: "error" }, error: reason });
      return;
    }
    await replier.reply(user.id, message.phone, result.reply);
    await log({
      status: result.status,
      metadata: { command: run, outcome: command ? result.outcome : "unknown_word_help" },
    });
  }

  private async optOutNoticeSent(userId: string): Promise<boolean> {
    const rows = await this.d.sql`
      select 1 from public.wa_opt_out_notices where user_id = ${userId}`;
    return rows.length > 0;
  }
}
