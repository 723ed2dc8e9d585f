import type { Sql } from "../../../../shared/db/sql.ts";

export interface SeedUser {
  fullName?: string;
  phone?: string | null;
  optedIn?: boolean;
  tier?: "free" | "student" | "professional";
  autoApply?: boolean;
  paused?: boolean;
  dailyLimit?: number;
  appliesToday?: number;
  appliesThisMonth?: number;
  quietHours?: { start: string; end: string } | null;
}

let counter = 0;

/** A user as sign-up makes one (auth.users → trigger → public.users), then shaped. */
export async function seedUser(sql: Sql, u: SeedUser = {}): Promise<{ id: string; phone: string }> {
  counter += 1;
  const phone = u.phone === undefined ? `+9199000${String(10000 + counter).slice(-5)}` : u.phone;
  const [auth] = await sql<{ id: string }[]>`
    insert into auth.users (email) values (${`wa-test-${counter}-${crypto.randomUUID()}@example.test`})
    returning id`;
  const prefs =
    u.quietHours === undefined
      ? { quiet_hours: null, coach: true }
      : { quiet_hours: u.quietHours, coach: true };
  await sql`
    update public.users set
      full_name = ${u.fullName ?? "Asha Verma"},
      wa_phone = ${phone},
      wa_opted_in = ${u.optedIn ?? true},
      tier = ${u.tier ?? "free"},
      auto_apply_enabled = ${u.autoApply ?? false},
      auto_apply_paused = ${u.paused ?? false},
      daily_apply_limit = ${u.dailyLimit ?? 10},
      applies_today = ${u.appliesToday ?? 0},
      applies_this_month = ${u.appliesThisMonth ?? 0},
      notif_prefs = ${sql.json(prefs)}
    where id = ${auth!.id}`;
  return { id: auth!.id, phone: phone ?? "" };
}

export async function seedSession(
  sql: Sql,
  userId: string,
  platform = "linkedin",
  opts: { valid?: boolean; expiresInDays?: number } = {},
): Promise<void> {
  await sql`
    insert into public.user_connections
      (user_id, platform, session_encrypted, session_iv, is_valid, estimated_expires_at)
    values (${userId}, ${platform}, 'sealed', 'iv', ${opts.valid ?? true},
            now() + ${opts.expiresInDays ?? 20} * interval '1 day')`;
}

export async function seedMatches(sql: Sql, userId: string, scores: number[]): Promise<void> {
  for (const [i, score] of scores.entries()) {
    const [job] = await sql<{ id: string }[]>`
      insert into public.jobs (fingerprint, title, title_canonical, company, company_canonical, city)
      values (${crypto.randomUUID()}, ${`Engineer ${i + 1}`}, ${`engineer ${i + 1}`},
              ${`Company ${i + 1}`}, ${`company ${i + 1}`}, 'Bengaluru')
      returning id`;
    await sql`
      insert into public.job_fit_scores (user_id, job_id, score, label, recommendation, model_version)
      values (${userId}, ${job!.id}, ${score},
              ${score >= 80 ? "strong" : score >= 65 ? "good" : score >= 50 ? "fair" : null},
              ${score >= 50 ? "apply" : "skip"}, 'test')`;
  }
}

export async function seedNotification(
  sql: Sql,
  userId: string,
  n: { type?: string; data?: Record<string, unknown>; title?: string; body?: string } = {},
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into public.notifications (user_id, channel, type, title, body, data)
    values (${userId}, 'whatsapp', ${n.type ?? "application.submitted"},
            ${n.title ?? "Application submitted"}, ${n.body ?? "Talvix applied for you."},
            ${sql.json((n.data ?? { job_title: "Backend Engineer", company: "Acme", month_count: 7 }) as Record<string, string | number>)})
    returning id`;
  return row!.id;
}
