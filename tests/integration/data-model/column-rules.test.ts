import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_EDITABLE_COLUMNS } from "../../../shared/db/schema/users.ts";
import { asAnon, asUser } from "../../helpers/as-user.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { makeJob, makeUser, userRowFixtures } from "./fixtures.ts";

// What a signed-in user may write, column by column, and what no API role may read.

let db: TestDatabase;
let alice: string;
let job: string;
const denied = { code: "42501" };

beforeAll(async () => {
  db = await createTestDatabase();
  alice = await makeUser(db.sql);
  job = await makeJob(db.sql);
  for (const table of ["user_connections", "notifications", "job_fit_scores", "resumes"]) {
    await userRowFixtures[table]!(db.sql, alice);
  }
});
afterAll(async () => {
  await db.drop();
});

const asAlice = <T>(fn: Parameters<typeof asUser<T>>[2]) => asUser(db.sql, { sub: alice }, fn);

describe("users: profile editable, everything else server-only", () => {
  it("lets a user edit their profile fields", async () => {
    const [row] = await asAlice(
      (tx) => tx`
        update users set full_name = 'Asha', wa_phone = '+919812345678', daily_apply_limit = 20,
                         work_modes_preferred = '{remote,hybrid}', auto_apply_paused = true
        where id = ${alice} returning full_name, daily_apply_limit`,
    );
    expect(row).toMatchObject({ full_name: "Asha", daily_apply_limit: 20 });
  });

  it("grants UPDATE on exactly the editable columns", async () => {
    const rows = await db.sql<{ column_name: string }[]>`
      select attname as column_name from pg_attribute
      where attrelid = 'public.users'::regclass and attnum > 0 and not attisdropped
        and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE')`;
    expect(rows.map((r) => r.column_name).sort()).toEqual([...USER_EDITABLE_COLUMNS].sort());
  });

  it.each([
    ["tier", "'professional'"],
    ["subscription_expires_at", "now() + interval '1 year'"],
    ["subscription_started_at", "now()"],
    ["applies_today", "0"],
    ["applies_this_month", "0"],
    ["fit_scores_stale", "false"],
    ["dashboard_ready", "true"],
    ["auto_apply_enabled", "true"],
    ["review_mode_until", "null"],
    ["razorpay_subscription_id", "'sub_x'"],
    ["deleted_at", "null"],
    ["email", "'x@example.test'"],
  ])("rejects a user's change to %s", async (column, value) => {
    await expect(
      asAlice((tx) => tx.unsafe(`update users set ${column} = ${value} where id = $1`, [alice])),
    ).rejects.toMatchObject(denied);
  });

  it("keeps the daily apply limit between 5 and 25", async () => {
    await expect(
      asAlice((tx) => tx`update users set daily_apply_limit = 40 where id = ${alice}`),
    ).rejects.toMatchObject({ code: "23514" });
  });
});

describe("target roles and company preferences: the user's own to edit", () => {
  it("takes at most five target roles, and swaps priorities in one transaction", async () => {
    await asAlice(async (tx) => {
      for (let p = 1; p <= 5; p++) {
        await tx`insert into user_target_roles (user_id, title, priority)
                 values (${alice}, ${`Role ${p}`}, ${p})`;
      }
      await tx`update user_target_roles set priority = 6 - priority where user_id = ${alice}`;
      const [top] = await tx`select title from user_target_roles where priority = 1`;
      expect(top?.title).toBe("Role 5");
      await expect(
        tx`insert into user_target_roles (user_id, title, priority) values (${alice}, 'x', 6)`,
      ).rejects.toMatchObject({ code: "23514" });
    });
  });

  it("lets a user keep dream and blacklisted companies", async () => {
    const rows = await asAlice(
      (tx) => tx`insert into user_company_prefs (user_id, company, company_canonical, kind)
                 values (${alice}, 'Zoho', 'zoho', 'dream'), (${alice}, 'Acme', 'acme', 'blacklist')
                 returning kind`,
    );
    expect(rows.map((r) => r.kind)).toEqual(["dream", "blacklist"]);
  });
});

describe("user_connections: the sealed session is unreadable to API roles", () => {
  it.each(["session_encrypted", "session_iv"])("denies selecting %s", async (column) => {
    await expect(
      asAlice((tx) => tx.unsafe(`select ${column} from user_connections`)),
    ).rejects.toMatchObject(denied);
    await expect(
      asAnon(db.sql, (tx) => tx.unsafe(`select ${column} from user_connections`)),
    ).rejects.toMatchObject(denied);
  });

  it("denies select * and returns the safe columns to their owner", async () => {
    await expect(asAlice((tx) => tx`select * from user_connections`)).rejects.toMatchObject(denied);
    const [row] = await asAlice(
      (tx) => tx`select platform, is_valid from user_connections where user_id = ${alice}`,
    );
    expect(row).toEqual({ platform: "naukri", is_valid: true });
  });

  it("lets no API role change a connection", async () => {
    await expect(
      asAlice((tx) => tx`update user_connections set is_valid = false`),
    ).rejects.toMatchObject(denied);
  });
});

describe("job_applications: manual ones are the user's to write", () => {
  it("lets a user record a manual application and move it along", async () => {
    await asAlice(async (tx) => {
      const [row] = await tx<{ id: string }[]>`
        insert into job_applications (user_id, job_id, method, status, notes)
        values (${alice}, ${job}, 'manual', 'applied', 'referred by Ravi') returning id`;
      const updated = await tx`
        update job_applications set status = 'interview' where id = ${row!.id}`;
      expect(updated.count).toBe(1);
    });
  });

  it("rejects a user-created auto application", async () => {
    await expect(
      asAlice(
        (tx) => tx`insert into job_applications (user_id, job_id, method)
                   values (${alice}, ${job}, 'auto')`,
      ),
    ).rejects.toMatchObject(denied);
  });

  it.each([
    ["auto_status", "'submitted'"],
    ["fit_score_at_apply", "99"],
    ["submitted_at", "now()"],
    ["lease_status", "'pending'"],
    ["method", "'auto'"],
  ])("rejects a user's change to %s", async (column, value) => {
    await expect(
      asAlice((tx) => tx.unsafe(`update job_applications set ${column} = ${value}`)),
    ).rejects.toMatchObject(denied);
  });

  it("allows one live application per user and job", async () => {
    await db.sql`insert into job_applications (user_id, job_id, method, auto_status)
                 values (${alice}, ${job}, 'auto', 'queued')`;
    await expect(
      db.sql`insert into job_applications (user_id, job_id, method, auto_status)
             values (${alice}, ${job}, 'auto', 'queued')`,
    ).rejects.toMatchObject({ code: "23505" });
  });
});

describe("notifications: only the read state is the user's", () => {
  it("marks a notification read", async () => {
    const [row] = await asAlice(
      (tx) => tx`update notifications set read_at = now() where user_id = ${alice}
                 returning status`,
    );
    expect(row?.status).toBe("read");
  });

  it.each([
    ["status", "'failed'"],
    ["body", "'x'"],
    ["expires_at", "null"],
  ])("rejects a user's change to %s", async (column, value) => {
    await expect(
      asAlice((tx) => tx.unsafe(`update notifications set ${column} = ${value}`)),
    ).rejects.toMatchObject(denied);
  });
});

describe("agent-written and shared tables", () => {
  it.each([
    "update job_fit_scores set score = 100",
    "delete from job_fit_scores",
    "update resumes set is_primary = true",
    "insert into job_fit_scores (user_id, job_id, score, recommendation, model_version) values (auth.uid(), gen_random_uuid(), 1, 'skip', 'x')",
    "update jobs set title = 'x'",
    "insert into skills (id, name) values ('x', 'x')",
    "update plans set price_paise = 0",
    "select * from scrape_runs",
    "select * from model_weights",
    "select * from dispatch_outbox",
  ])("denies: %s", async (statement) => {
    await expect(asAlice((tx) => tx.unsafe(statement))).rejects.toMatchObject(denied);
  });

  it("lets a user read their scores, jobs, skills, role families and plans", async () => {
    await db.sql`insert into skills (id, name) values ('python', 'Python') on conflict do nothing`;
    await db.sql`insert into role_families (id, name) values ('backend', 'Backend')
                 on conflict do nothing`;
    const counts = await asAlice(
      (tx) => tx<{ n: number }[]>`
        select (select count(*) from job_fit_scores)::int
             + (select least(count(*), 1) from jobs)::int
             + (select least(count(*), 1) from skills)::int
             + (select least(count(*), 1) from role_families)::int
             + (select count(*) from plans)::int as n`,
    );
    expect(counts[0]?.n).toBe(1 + 1 + 1 + 1 + 3);
  });

  it("shows plans to anon (pricing page) but no jobs", async () => {
    const plans = await asAnon(db.sql, (tx) => tx`select id from plans order by price_paise`);
    expect(plans.map((p) => p.id)).toEqual(["free", "student", "professional"]);
    await expect(asAnon(db.sql, (tx) => tx`select id from jobs`)).rejects.toMatchObject(denied);
  });
});
