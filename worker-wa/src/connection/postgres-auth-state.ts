import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from "@whiskeysockets/baileys";
import type { Sql } from "../../../shared/db/sql.ts";

/**
 * Baileys' auth state in Postgres instead of files (modelled on Baileys'
 * useMultiFileAuthState): one creds row and one row per signal key, values serialised with
 * BufferJSON. A restart, or another machine on the same database, reconnects without a QR.
 */
export interface PostgresAuthState {
  creds: AuthenticationCreds;
  /** The raw store; the connection wraps it in Baileys' cacheable store. */
  keys: SignalKeyStore;
  /** Persists `creds` as it is now. Saves are serialised so an older snapshot never wins. */
  saveCreds(): Promise<void>;
  /** Resolves once every save started so far has finished (before a wipe). */
  flush(): Promise<void>;
}

const serialise = (value: unknown) => JSON.stringify(value, BufferJSON.replacer);
const deserialise = (text: string): unknown => JSON.parse(text, BufferJSON.reviver);

export async function loadAuthState(sql: Sql, account: string): Promise<PostgresAuthState> {
  const [row] = await sql<{ creds: string }[]>`
    select creds from public.wa_auth_creds where account = ${account}`;
  const creds = row ? (deserialise(row.creds) as AuthenticationCreds) : initAuthCreds();

  let saving: Promise<void> = Promise.resolve();
  const saveCreds = () => {
    const next = saving.then(async () => {
      await sql`
        insert into public.wa_auth_creds (account, creds, updated_at)
        values (${account}, ${serialise(creds)}, now())
        on conflict (account) do update set creds = excluded.creds, updated_at = now()`;
    });
    saving = next.catch(() => {});
    return next;
  };
  if (!row) await saveCreds();

  const keys: SignalKeyStore = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const out: { [id: string]: SignalDataTypeMap[T] } = {};
      if (ids.length === 0) return out;
      const rows = await sql<{ id: string; value: string }[]>`
        select id, value from public.wa_auth_keys
        where account = ${account} and type = ${type} and id = any(${ids}::text[])`;
      for (const r of rows) {
        let value = deserialise(r.value);
        if (type === "app-state-sync-key" && value) {
          value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
        }
        out[r.id] = value as SignalDataTypeMap[T];
      }
      return out;
    },

    /** Upserts and deletes of one call in one transaction: Baileys expects all or nothing. */
    async set(data: SignalDataSet) {
      const upsertTypes: string[] = [];
      const upsertIds: string[] = [];
      const upsertValues: string[] = [];
      const deleteTypes: string[] = [];
      const deleteIds: string[] = [];
      for (const [type, entries] of Object.entries(data)) {
        for (const [id, value] of Object.entries(entries ?? {})) {
          if (value === null || value === undefined) {
            deleteTypes.push(type);
            deleteIds.push(id);
          } else {
            upsertTypes.push(type);
            upsertIds.push(id);
            upsertValues.push(serialise(value));
          }
        }
      }
      if (upsertIds.length === 0 && deleteIds.length === 0) return;
      await sql.begin(async (tx) => {
        if (upsertIds.length > 0) {
          await tx`
            insert into public.wa_auth_keys (account, type, id, value, updated_at)
            select ${account}, t.type, t.id, t.value, now()
              from unnest(${upsertTypes}::text[], ${upsertIds}::text[], ${upsertValues}::text[])
                   as t(type, id, value)
            on conflict (account, type, id)
              do update set value = excluded.value, updated_at = now()`;
        }
        if (deleteIds.length > 0) {
          await tx`
            delete from public.wa_auth_keys k
             using unnest(${deleteTypes}::text[], ${deleteIds}::text[]) as d(type, id)
             where k.account = ${account} and k.type = d.type and k.id = d.id`;
        }
      });
    },

    async clear() {
      await sql`delete from public.wa_auth_keys where account = ${account}`;
    },
  };

  return { creds, keys, saveCreds, flush: () => saving };
}

/** Logged out or banned: forget the pairing (creds and every key) in one transaction. */
export async function wipeAuthState(sql: Sql, account: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`delete from public.wa_auth_keys where account = ${account}`;
    await tx`delete from public.wa_auth_creds where account = ${account}`;
  });
}
