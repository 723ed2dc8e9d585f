import { UserRow } from "../../../shared/db/schema/users.ts";
import type { Sql, TransactionSql } from "../../../shared/db/sql.ts";

/** The users columns worker-wa reads. */
export const WaUser = UserRow.pick({
  id: true,
  full_name: true,
  tier: true,
  wa_phone: true,
  wa_opted_in: true,
  notif_prefs: true,
  auto_apply_enabled: true,
  auto_apply_paused: true,
  review_mode_until: true,
  daily_apply_limit: true,
  applies_today: true,
  applies_this_month: true,
  deleted_at: true,
});
export type WaUser = ReturnType<typeof WaUser.parse>;

type Db = Sql | TransactionSql;

/**
 * The registered user behind a WhatsApp number (gate 1). users.wa_phone is not unique; if two
 * live accounts claim one number the opted-in, most recently updated one answers.
 */
export async function findUserByPhone(sql: Db, phone: string): Promise<WaUser | null> {
  const [row] = await sql`
    select id, full_name, tier, wa_phone, wa_opted_in, notif_prefs, auto_apply_enabled,
           auto_apply_paused, review_mode_until, daily_apply_limit, applies_today,
           applies_this_month, deleted_at
      from public.users
     where wa_phone = ${phone} and deleted_at is null
     order by wa_opted_in desc, updated_at desc
     limit 1`;
  return row ? WaUser.parse(row) : null;
}

export async function findUserById(sql: Db, id: string): Promise<WaUser | null> {
  const [row] = await sql`
    select id, full_name, tier, wa_phone, wa_opted_in, notif_prefs, auto_apply_enabled,
           auto_apply_paused, review_mode_until, daily_apply_limit, applies_today,
           applies_this_month, deleted_at
      from public.users where id = ${id}`;
  return row ? WaUser.parse(row) : null;
}
