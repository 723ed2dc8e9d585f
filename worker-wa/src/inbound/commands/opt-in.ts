import type { Sql } from "../../../../shared/db/sql.ts";

/**
 * users.wa_opted_in plus an append-only consent row (purpose 'whatsapp'), in one
 * transaction; opting in again also forgets the "send START to resume" notice.
 */
export async function setOptIn(sql: Sql, userId: string, optedIn: boolean): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`update public.users set wa_opted_in = ${optedIn} where id = ${userId}`;
    await tx`
      insert into public.consents (user_id, purpose, version, granted)
      values (${userId}, 'whatsapp', 'wa-command-v1', ${optedIn})`;
    if (optedIn) await tx`delete from public.wa_opt_out_notices where user_id = ${userId}`;
  });
}
