import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyShim, isRealSupabase } from "../../../scripts/stack/migrations.ts";
import { asAnon, asUser } from "../../helpers/as-user.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

const USER = "6f1c9a52-3b7e-4d0a-9c1e-2f4b6d8a0c13";

describe("local Supabase shim", () => {
  it("creates Supabase's API roles and auth schema", async () => {
    const roles = await db.sql<{ rolname: string }[]>`
      select rolname from pg_roles
      where rolname in ('anon', 'authenticated', 'service_role', 'authenticator') order by 1`;
    expect(roles.map((r) => r.rolname)).toEqual([
      "anon",
      "authenticated",
      "authenticator",
      "service_role",
    ]);
    const [users] = await db.sql`select to_regclass('auth.users') as t`;
    expect(users!.t).toBe("auth.users");
    expect(await isRealSupabase(db.sql)).toBe(false);
  });

  it("auth.uid(), auth.role() and auth.jwt() read the request's claims as Supabase does", async () => {
    const row = await asUser(db.sql, { sub: USER, email: "asha@example.com" }, async (tx) => {
      const [r] = await tx`
        select auth.uid() as uid, auth.role() as role, auth.jwt() ->> 'email' as email,
               current_user as db_role`;
      return r!;
    });
    expect(row).toEqual({
      uid: USER,
      role: "authenticated",
      email: "asha@example.com",
      db_role: "authenticated",
    });
  });

  it("claims are transaction-local: nothing leaks to the next statement", async () => {
    await asUser(db.sql, { sub: USER }, async () => null);
    const [r] = await db.sql`select auth.uid() as uid, current_user as role`;
    expect(r).toEqual({ uid: null, role: "postgres" });
  });

  it("an anonymous caller has no uid and the anon role", async () => {
    const row = await asAnon(db.sql, async (tx) => {
      const [r] = await tx`select auth.uid() as uid, auth.role() as role, current_user as u`;
      return r!;
    });
    expect(row).toEqual({ uid: null, role: "anon", u: "anon" });
  });

  it("is idempotent", async () => {
    expect(await applyShim(db.sql)).toBe(true);
    expect(await applyShim(db.sql)).toBe(true);
  });
});
