import type { Sql, TransactionSql } from "../../../shared/db/sql.ts";

type Db = Sql | TransactionSql;

/**
 * wa_outbound_messages: the at-most-once record of every send. `begin` is committed before
 * the transport is called; `finish` after. See outbound/notification-sender.ts.
 */
export interface BeginSend {
  account: string;
  instance: string;
  kind: "notification" | "reply";
  notificationId: string | null;
  userId: string | null;
  messageId: string;
  now: Date;
}

/**
 * Marks a send as started. For a notification it succeeds only when the notification has no
 * record yet or its last attempt certainly did not go out ('not_sent'); returns false when a
 * record says it was sent, or may have been ('sending' from a crashed worker, 'in_doubt').
 */
export async function beginSend(db: Db, s: BeginSend): Promise<boolean> {
  const rows = await db`
    insert into public.wa_outbound_messages
      (account, notification_id, user_id, kind, message_id, state, instance, started_at)
    values (${s.account}, ${s.notificationId}, ${s.userId}, ${s.kind}, ${s.messageId},
            'sending', ${s.instance}, ${s.now})
    on conflict (notification_id) do update
      set state = 'sending', instance = excluded.instance, started_at = excluded.started_at,
          error = null, finished_at = null
      where wa_outbound_messages.state = 'not_sent'
    returning id`;
  return rows.length === 1;
}

export async function finishSend(
  db: Db,
  messageId: string,
  outcome: "sent" | "not_sent",
  now: Date,
  error?: string,
): Promise<void> {
  await db`
    update public.wa_outbound_messages
       set state = ${outcome}, finished_at = ${now}, error = ${error?.slice(0, 500) ?? null}
     where message_id = ${messageId} and state in ('sending', 'in_doubt')`;
}

export type PriorSend = "none" | "not_sent" | "sending" | "sent" | "in_doubt";

export async function priorSend(db: Db, notificationId: string): Promise<PriorSend> {
  const [row] = await db<{ state: PriorSend }[]>`
    select state from public.wa_outbound_messages where notification_id = ${notificationId}`;
  return row?.state ?? "none";
}

export interface RecentSends {
  lastHour: number;
  last24h: number;
  sinceConnect: number;
  oldestInHour: Date | null;
  oldestIn24h: Date | null;
}

/** Sends (and possible sends) of this account in the cap windows and since `connectedAt`. */
export async function recentSends(
  db: Db,
  account: string,
  now: Date,
  connectedAt: Date,
): Promise<RecentSends> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  const [row] = await db<RecentSends[]>`
    select count(*) filter (where started_at > ${hourAgo})::int as "lastHour",
           count(*)::int as "last24h",
           count(*) filter (where started_at >= ${connectedAt})::int as "sinceConnect",
           min(started_at) filter (where started_at > ${hourAgo}) as "oldestInHour",
           min(started_at) as "oldestIn24h"
      from public.wa_outbound_messages
     where account = ${account} and state in ('sending', 'sent', 'in_doubt')
       and started_at > ${dayAgo} and started_at <= ${now}`;
  return row ?? { lastHour: 0, last24h: 0, sinceConnect: 0, oldestInHour: null, oldestIn24h: null };
}
