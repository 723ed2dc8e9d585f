import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sql, TransactionSql } from "../../../shared/db/sql.ts";
import { asAnon, asUser } from "../../helpers/as-user.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { isPermissionDenied, makeUser, userRowFixtures } from "./fixtures.ts";

// The generic row-level-security proof: every table in `public` with a user_id column
// (found at run time, so tables added later are covered) keeps one user's rows from another.

let db: TestDatabase;
let alice: string;
let bob: string;
let userTables: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  alice = await makeUser(db.sql);
  bob = await makeUser(db.sql);
  userTables = (
    await db.sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c
      join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'user_id' and t.table_type = 'BASE TABLE'
      order by 1`
  ).map((r) => r.table_name);
  // Both users own a row in every table, so "sees nothing of the other" is not vacuous.
  for (const table of userTables) {
    const fixture = userRowFixtures[table];
    if (!fixture) continue;
    await fixture(db.sql, alice);
    await fixture(db.sql, bob);
  }
});
afterAll(async () => {
  await db.drop();
});

/** Runs `fn` as `who`; "permission denied" counts as `denied`, anything else is rethrown. */
async function attempt<T>(
  sql: Sql,
  who: string | null,
  fn: (tx: TransactionSql) => Promise<T>,
): Promise<T | "denied"> {
  try {
    return who ? await asUser(sql, { sub: who }, fn) : await asAnon(sql, fn);
  } catch (err) {
    if (isPermissionDenied(err)) return "denied";
    throw err;
  }
}

async function columnsWith(table: string, privilege: "SELECT" | "UPDATE"): Promise<string[]> {
  const rows = await db.sql<{ column_name: string }[]>`
    select attname as column_name from pg_attribute
    where attrelid = ${`public.${table}`}::regclass and attnum > 0 and not attisdropped
      and has_column_privilege('authenticated', attrelid, attnum, ${privilege})
    order by attnum`;
  return rows.map((r) => r.column_name);
}

/** Everything user `bob` or anon can do to `alice`'s rows in `table` that they must not. */
async function isolationProblems(table: string): Promise<string[]> {
  const problems: string[] = [];
  const t = (tx: TransactionSql) => tx(table);
  const readable = (await columnsWith(table, "SELECT")).includes("user_id");
  const updatable = await columnsWith(table, "UPDATE");

  // Bob sees none of Alice's rows (or may not read the table at all).
  const bobSees = await attempt(db.sql, bob, async (tx) => {
    const [r] = await tx<{ n: number }[]>`
        select count(*)::int as n from ${t(tx)} where user_id is distinct from ${bob}`;
    return r!.n;
  });
  if (bobSees !== "denied" && bobSees !== 0) problems.push(`${table}: bob reads ${bobSees} rows`);

  // Alice sees her own rows wherever users may read the table: the policy is not "false".
  if (readable) {
    const aliceSees = await attempt(db.sql, alice, async (tx) => {
      const [r] = await tx<{ n: number }[]>`
          select count(*)::int as n from ${t(tx)} where user_id = ${alice}`;
      return r!.n;
    });
    if (aliceSees === "denied" || aliceSees < 1) {
      problems.push(`${table}: alice cannot read her own row (${aliceSees})`);
    }
  }

  // Bob updates none of Alice's rows, through any column he may update.
  const column = updatable[0] ?? "user_id";
  const updated = await attempt(db.sql, bob, async (tx) => {
    const r = await tx`
        update ${t(tx)} set ${tx(column)} = ${tx(column)} where user_id = ${alice}`;
    return r.count;
  });
  if (updated !== "denied" && updated !== 0) problems.push(`${table}: bob updated ${updated}`);

  const deleted = await attempt(db.sql, bob, async (tx) => {
    const r = await tx`delete from ${t(tx)} where user_id = ${alice}`;
    return r.count;
  });
  if (deleted !== "denied" && deleted !== 0) problems.push(`${table}: bob deleted ${deleted}`);

  const anonSees = await attempt(db.sql, null, async (tx) => {
    const [r] = await tx<{ n: number }[]>`select count(*)::int as n from ${t(tx)}`;
    return r!.n;
  });
  if (anonSees !== "denied" && anonSees !== 0) problems.push(`${table}: anon reads ${anonSees}`);
  return problems;
}

describe("row-level security", () => {
  it("is enabled on every table in public", async () => {
    const off = await db.sql<{ relname: string }[]>`
      select relname from pg_class
      where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and not relrowsecurity`;
    expect(off.map((r) => r.relname)).toEqual([]);
  });

  it("has a fixture for every table with a user_id column", () => {
    expect(userTables.length).toBeGreaterThan(15);
    expect(userTables.filter((t) => !userRowFixtures[t])).toEqual([]);
  });

  it("keeps every user_id table's rows from other users and from anon", async () => {
    const problems: string[] = [];
    for (const table of userTables) problems.push(...(await isolationProblems(table)));
    expect(problems).toEqual([]);
  });

  it("keeps users rows (keyed by id) to their owner", async () => {
    const seen = await asUser(db.sql, { sub: bob }, (tx) => tx`select id from users`);
    expect(seen.map((r) => r.id)).toEqual([bob]);
    const updated = await asUser(
      db.sql,
      { sub: bob },
      (tx) => tx`update users set full_name = 'mallory' where id = ${alice}`,
    );
    expect(updated.count).toBe(0);
    expect(await attempt(db.sql, bob, (tx) => tx`delete from users where id = ${alice}`)).toBe(
      "denied",
    );
    expect(
      await attempt(db.sql, bob, (tx) => tx`insert into users (id) values (gen_random_uuid())`),
    ).toBe("denied");
    expect(await attempt(db.sql, null, (tx) => tx`select id from users`)).toBe("denied");
  });

  it("lets no user insert rows for someone else where users may insert", async () => {
    const [job] = await db.sql<{ id: string }[]>`select id from jobs limit 1`;
    const attempts: [string, (tx: TransactionSql) => Promise<unknown>][] = [
      [
        "user_target_roles",
        (tx) => tx`insert into user_target_roles (user_id, title, priority)
                                     values (${alice}, 'x', 5)`,
      ],
      [
        "user_company_prefs",
        (tx) => tx`insert into user_company_prefs
                                      (user_id, company, company_canonical, kind)
                                      values (${alice}, 'X', 'x', 'blacklist')`,
      ],
      [
        "job_applications",
        (tx) => tx`insert into job_applications (user_id, job_id, method)
                                    values (${alice}, ${job!.id}, 'manual')`,
      ],
    ];
    for (const [table, insert] of attempts) {
      await expect(asUser(db.sql, { sub: bob }, insert), table).rejects.toMatchObject({
        code: "42501",
      });
    }
  });

  it("catches a table that forgets RLS or writes a permissive policy", async () => {
    // A new table gets Supabase's default grants (everything) and no RLS.
    await db.sql`create table public.rls_probe (id uuid primary key default gen_random_uuid(),
                                                user_id uuid not null, note text)`;
    try {
      await db.sql`insert into rls_probe (user_id) values (${alice}), (${bob})`;
      expect(await isolationProblems("rls_probe")).toEqual([
        "rls_probe: bob reads 1 rows",
        "rls_probe: bob updated 1",
        "rls_probe: bob deleted 1",
        "rls_probe: anon reads 2",
      ]);
      await db.sql`alter table rls_probe enable row level security`;
      await db.sql`create policy too_open on rls_probe for select to authenticated using (true)`;
      expect(await isolationProblems("rls_probe")).toEqual(["rls_probe: bob reads 1 rows"]);
    } finally {
      await db.sql`drop table public.rls_probe`;
    }
  });
});
