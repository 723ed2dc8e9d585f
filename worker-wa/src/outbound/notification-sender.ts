import { claimLeases, releaseLease, renewLease } from "../../../shared/db/lease/index.ts";
import { NotificationRow } from "../../../shared/db/schema/notifications.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Clock } from "../../../shared/time/clock.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import { maskPhone } from "../../../shared/whatsapp/phone.ts";
import { renderNotification } from "../../../shared/whatsapp/templates.ts";
import type { Sleep } from "../connection/connection-manager.ts";
import { findUserById } from "../db/wa-users.ts";
import type { WaTransport } from "../transport/transport.ts";
import { notificationMessageId } from "./message-id.ts";
import { beginSend, finishSend, priorSend, recentSends } from "./outbound-log.ts";
import { msUntilQuietEnds, quietHoursFromPrefs } from "./quiet-hours.ts";
import { decideSend, type SendLimits } from "./send-policy.ts";

export interface NotificationSenderDeps {
  sql: Sql;
  transport: WaTransport;
  logger: Logger;
  clock: Clock;
  account: string;
  /** Lease holder id for notifications (unique per process). */
  instance: string;
  limits: SendLimits;
  leaseMs: number;
  /** "Typing…" time before each send: random a few seconds in production, 0 in tests. */
  typingDelayMs: () => number;
  sleep: Sleep;
  idleMs: number;
}

export type SendOutcome =
  | "idle"
  | "not_ready"
  | "capped"
  | "sent"
  | "retry"
  | "failed"
  | "deferred_quiet_hours"
  | "skipped_not_opted_in"
  | "in_doubt"
  | "already_sent"
  | "lease_lost";

const TABLE = "notifications" as const;

/**
 * Sends queued WhatsApp notifications, one at a time for the number:
 *
 *  1. only when the transport is open and the caps and post-connect ramp allow a send;
 *  2. claim one row (app.lease_claim, `channel = 'whatsapp'`, `status = 'pending'`);
 *  3. skip (failed) if the user is gone or not opted in; hold until quiet hours end (defer,
 *     not counted as an attempt);
 *  4. if a wa_outbound_messages row says it was sent, or may have been (a worker died
 *     between recording and finishing), never send again: finish or fail it;
 *  5. "typing…" for a random few seconds, then — in one transaction — renew the lease and
 *     record the attempt as 'sending' (committed before the transport is called);
 *  6. send; then record 'sent' + notification sent + lease done in one transaction, or on
 *     an error 'not_sent' + lease retry with backoff (status 'failed' once attempts run out).
 */
export class NotificationSender {
  constructor(private readonly d: NotificationSenderDeps) {}

  loop(): WorkLoop {
    return {
      name: "wa-notifications",
      idleMs: this.d.idleMs,
      tick: async (signal) => {
        const outcome = await this.sendNext(signal);
        return !["idle", "not_ready", "capped"].includes(outcome);
      },
    };
  }

  async sendNext(signal: AbortSignal): Promise<SendOutcome> {
    const { sql, transport, clock, account } = this.d;
    const readiness = transport.readiness();
    if (!readiness.ready || !readiness.since) return "not_ready";
    const now = clock.now();
    const counts = await recentSends(sql, account, now, readiness.since);
    const decision = decideSend(this.d.limits, counts, readiness.since, now);
    if (!decision.send) return "capped";

    const [n] = await claimLeases(sql, {
      table: TABLE,
      worker: this.d.instance,
      limit: 1,
      leaseMs: this.d.leaseMs,
      filter: { channel: "whatsapp", status: "pending" },
      schema: NotificationRow,
    });
    if (!n) return "idle";
    try {
      return await this.process(n, signal);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.d.logger.error("wa notification failed unexpectedly", { notification_id: n.id, reason });
      await this.release(n.id, "retry", reason).catch(() => {});
      return "retry";
    }
  }

  private async process(n: NotificationRow, signal: AbortSignal): Promise<SendOutcome> {
    const { sql, transport, clock, logger } = this.d;
    const log = logger.child({ notification_id: n.id, type: n.type });

    const prior = await priorSend(sql, n.id);
    if (prior === "sent") {
      await this.markSent(n.id);
      return "already_sent";
    }
    if (prior === "sending" || prior === "in_doubt") {
      // A worker stopped between recording the attempt and finishing it: the message may
      // have gone out. At most once: never send it again; the dashboard keeps the row.
      await sql.begin(async (tx) => {
        await tx`update public.wa_outbound_messages set state = 'in_doubt'
                  where notification_id = ${n.id} and state = 'sending'`;
        await tx`update public.notifications set status = 'failed' where id = ${n.id}`;
        await releaseLease(tx as unknown as Sql, {
          table: TABLE,
          id: n.id,
          worker: this.d.instance,
          outcome: "dead",
          error: "in doubt: the worker stopped while sending; not resent",
        });
      });
      log.warn("wa notification in doubt after a crash; not resent");
      return "in_doubt";
    }

    const user = await findUserById(sql, n.user_id);
    if (!user || user.deleted_at || !user.wa_phone || !user.wa_opted_in) {
      await this.fail(n.id, "skipped: user has not opted in to WhatsApp");
      return "skipped_not_opted_in";
    }
    const now = clock.now();
    if (n.expires_at <= now) {
      await this.fail(n.id, "expired before it could be sent");
      return "failed";
    }
    const quietMs = msUntilQuietEnds(quietHoursFromPrefs(user.notif_prefs), now);
    if (quietMs > 0) {
      await this.release(n.id, "defer", "held for quiet hours", quietMs);
      return "deferred_quiet_hours";
    }

    const phone = user.wa_phone;
    const text = renderNotification(n, { fullName: user.full_name });
    const messageId = notificationMessageId(n.id);
    await transport.typing(phone);
    await this.d.sleep(this.d.typingDelayMs(), signal);

    // Record the attempt before sending, and only while we still hold the lease.
    const started = await sql.begin(async (tx) => {
      const held = await renewLease(tx as unknown as Sql, {
        table: TABLE,
        id: n.id,
        worker: this.d.instance,
        leaseMs: this.d.leaseMs,
      });
      if (!held) return "lease_lost" as const;
      const begun = await beginSend(tx, {
        account: this.d.account,
        instance: this.d.instance,
        kind: "notification",
        notificationId: n.id,
        userId: user.id,
        messageId,
        now: clock.now(),
      });
      return begun ? ("begun" as const) : ("raced" as const);
    });
    if (started === "lease_lost") return "lease_lost";
    if (started === "raced") {
      await this.release(n.id, "retry", "another attempt is recorded");
      return "retry";
    }

    try {
      await transport.send({ phone, text, messageId });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const state = await sql.begin(async (tx) => {
        await finishSend(tx, messageId, "not_sent", clock.now(), reason);
        const s = await releaseLease(tx as unknown as Sql, {
          table: TABLE,
          id: n.id,
          worker: this.d.instance,
          outcome: "retry",
          error: `send failed: ${reason}`,
        });
        if (s === "dead")
          await tx`update public.notifications set status = 'failed' where id = ${n.id}`;
        return s;
      });
      log.warn("wa notification send failed", { to: maskPhone(phone), reason, lease: state });
      return state === "dead" ? "failed" : "retry";
    }

    await sql.begin(async (tx) => {
      await finishSend(tx, messageId, "sent", clock.now());
      await tx`update public.notifications set status = 'sent', sent_at = ${clock.now()}
                where id = ${n.id} and status = 'pending'`;
      await releaseLease(tx as unknown as Sql, {
        table: TABLE,
        id: n.id,
        worker: this.d.instance,
        outcome: "done",
      });
    });
    log.info("wa notification sent", { to: maskPhone(phone) });
    return "sent";
  }

  private async markSent(id: string) {
    await this.d.sql.begin(async (tx) => {
      await tx`update public.notifications set status = 'sent',
                      sent_at = coalesce(sent_at, ${this.d.clock.now()})
                where id = ${id} and status = 'pending'`;
      await releaseLease(tx as unknown as Sql, {
        table: TABLE,
        id,
        worker: this.d.instance,
        outcome: "done",
      });
    });
  }

  private async fail(id: string, reason: string) {
    await this.d.sql.begin(async (tx) => {
      await tx`update public.notifications set status = 'failed' where id = ${id}`;
      await releaseLease(tx as unknown as Sql, {
        table: TABLE,
        id,
        worker: this.d.instance,
        outcome: "dead",
        error: reason,
      });
    });
  }

  private release(
    id: string,
    outcome: "retry" | "defer",
    error: string,
    delayMs?: number,
  ): Promise<unknown> {
    return releaseLease(this.d.sql, {
      table: TABLE,
      id,
      worker: this.d.instance,
      outcome,
      error,
      delayMs,
    });
  }
}
