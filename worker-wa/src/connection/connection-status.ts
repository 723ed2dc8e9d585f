import type { Sql } from "../../../shared/db/sql.ts";

export const CONNECTION_STATUSES = [
  "connecting",
  "pairing",
  "open",
  "reconnecting",
  "replaced",
  "needs_qr",
  "banned",
  "stopped",
] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export interface StatusChange {
  status: ConnectionStatus;
  reasonCode?: number | null;
  reason?: string | null;
  /** Only while pairing: the QR string or the phone pairing code. */
  qr?: string | null;
  pairingCode?: string | null;
}

/**
 * The `wa_connection_status` row of one number and the lease on it. Only the lease holder
 * writes status, so a worker that lost the lease cannot overwrite its successor's state.
 * Lease times are the database's clock, the one clock every worker shares.
 */
export class ConnectionStatusStore {
  constructor(
    private readonly sql: Sql,
    readonly account: string,
    readonly instanceId: string,
    private readonly transport: "baileys" | "console",
  ) {}

  /** Takes the lease if it is free, lapsed or already ours. */
  async acquire(leaseMs: number): Promise<boolean> {
    const rows = await this.sql`
      insert into public.wa_connection_status
        (account, transport, status, owner_instance, owner_until, last_change_at)
      values (${this.account}, ${this.transport}, 'connecting', ${this.instanceId},
              now() + ${leaseMs} * interval '1 millisecond', now())
      on conflict (account) do update
        set owner_instance = excluded.owner_instance,
            owner_until = excluded.owner_until,
            transport = excluded.transport
        where wa_connection_status.owner_instance is null
           or wa_connection_status.owner_until < now()
           or wa_connection_status.owner_instance = excluded.owner_instance
      returning account`;
    return rows.length === 1;
  }

  /** False when the lease was lost: the caller must close its socket at once. */
  async renew(leaseMs: number): Promise<boolean> {
    const rows = await this.sql`
      update public.wa_connection_status
         set owner_until = now() + ${leaseMs} * interval '1 millisecond'
       where account = ${this.account} and owner_instance = ${this.instanceId}
      returning account`;
    return rows.length === 1;
  }

  async release(): Promise<void> {
    await this.sql`
      update public.wa_connection_status
         set owner_instance = null, owner_until = null
       where account = ${this.account} and owner_instance = ${this.instanceId}`;
  }

  /** Records a transition (row + history) if we still own the number. */
  async set(change: StatusChange): Promise<boolean> {
    const pairing = change.status === "pairing";
    const rows = await this.sql`
      update public.wa_connection_status
         set status = ${change.status},
             reason_code = ${change.reasonCode ?? null},
             reason = ${change.reason?.slice(0, 500) ?? null},
             qr = ${pairing ? (change.qr ?? null) : null},
             pairing_code = ${pairing ? (change.pairingCode ?? null) : null},
             connected_at = case when ${change.status} = 'open' then now()
                                 when ${change.status} = 'stopped' then null
                                 else connected_at end,
             last_change_at = now()
       where account = ${this.account} and owner_instance = ${this.instanceId}
      returning account`;
    if (rows.length === 0) return false;
    await this.sql`
      insert into public.wa_connection_events (account, status, reason_code, reason, instance)
      values (${this.account}, ${change.status}, ${change.reasonCode ?? null},
              ${change.reason?.slice(0, 500) ?? null}, ${this.instanceId})`;
    return true;
  }

  /** An operator asked to pair again (after needs_qr, replaced or banned); clears the ask. */
  async takePairRequest(): Promise<boolean> {
    const rows = await this.sql`
      update public.wa_connection_status set pair_requested_at = null
       where account = ${this.account} and owner_instance = ${this.instanceId}
         and pair_requested_at is not null
      returning account`;
    return rows.length === 1;
  }
}
