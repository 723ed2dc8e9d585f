import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { startConsoleBot } from "./support/bot.ts";
import { seedMatches, seedSession, seedUser } from "./support/fixtures.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

const logs = async (userId: string) =>
  db.sql<
    { status: string; metadata: { command: string | null; gate?: string; outcome: string } }[]
  >`
    select status, metadata from agent_logs where user_id = ${userId} and agent = 'whatsapp'
     order by created_at, id`;
const dispatches = async (userId: string, target: string) =>
  (
    await db.sql`select count(*)::int as n from dispatch_outbox
                  where user_id = ${userId} and target = ${target}`
  )[0]!.n as number;

describe("worker-wa inbound: gates", () => {
  it("gate 1: a number that is not a registered user is ignored silently", async () => {
    const { say, transport } = await startConsoleBot(db.sql);
    expect(await say("+919111111111", "HELP")).toEqual([]);
    expect(await say("+919111111111", "JOBS")).toEqual([]);
    expect(transport.sent).toEqual([]);
  });

  it("gate 2: an opted-out user gets one 'send START' reply; START and STOP still work", async () => {
    const u = await seedUser(db.sql, { optedIn: false });
    const { say } = await startConsoleBot(db.sql);
    const first = await say(u.phone, "JOBS");
    expect(first).toHaveLength(1);
    expect(first[0]).toContain("Send START to resume");
    expect(await say(u.phone, "HELP")).toEqual([]);
    expect(await say(u.phone, "STATUS")).toEqual([]);
    const stop = await say(u.phone, "stop");
    expect(stop[0]).toContain("already opted out");
    const start = await say(u.phone, "Start");
    expect(start[0]).toContain("WhatsApp updates are on");
    const [user] = await db.sql`select wa_opted_in from users where id = ${u.id}`;
    expect(user!.wa_opted_in).toBe(true);
    expect((await say(u.phone, "HELP"))[0]).toContain("JOBS");
    // Opting out again re-arms the single notice.
    expect((await say(u.phone, "STOP"))[0]).toContain("won't message you");
    expect((await say(u.phone, "JOBS"))[0]).toContain("Send START to resume");
    expect(await say(u.phone, "JOBS")).toEqual([]);
    const consents = await db.sql`select granted from consents
                                  where user_id = ${u.id} and purpose = 'whatsapp' order by created_at`;
    expect(consents.map((c) => c.granted)).toEqual([true, false]);
    const gates = (await logs(u.id)).map((l) => l.metadata.gate ?? l.metadata.command);
    expect(gates.slice(0, 3)).toEqual(["opted_out", "opted_out", "opted_out"]);
  });

  it("gate 3: a paid command from a free user gets the upgrade message", async () => {
    const u = await seedUser(db.sql, { tier: "free" });
    const { say } = await startConsoleBot(db.sql);
    for (const cmd of ["STATUS", "PAUSE", "RESUME", "APPLY_NOW", "REPORT", "COACH"]) {
      const reply = await say(u.phone, cmd);
      expect(reply, cmd).toHaveLength(1);
      expect(reply[0]).toContain(`${cmd} is part of Talvix Student and Professional`);
    }
    expect(await dispatches(u.id, "orchestrator/daily-coach")).toBe(0);
    const l = await logs(u.id);
    expect(l.every((x) => x.status === "skipped" && x.metadata.gate === "free_tier")).toBe(true);
  });

  it("rate limit: 10 commands a minute per number, then one warning, then silence", async () => {
    const u = await seedUser(db.sql);
    const { say, clock } = await startConsoleBot(db.sql);
    for (let i = 0; i < 10; i++) expect(await say(u.phone, "HELP")).toHaveLength(1);
    const warn = await say(u.phone, "HELP");
    expect(warn[0]).toContain("faster than I can keep up");
    expect(await say(u.phone, "HELP")).toEqual([]);
    expect(await say(u.phone, "JOBS")).toEqual([]);
    clock.advance(61_000);
    expect(await say(u.phone, "HELP")).toHaveLength(1);
    const limited = (await logs(u.id)).filter((l) => l.metadata.gate === "rate_limit");
    expect(limited.map((l) => l.metadata.outcome)).toEqual(["warn", "drop", "drop"]);
  });

  it("a message WhatsApp delivers twice runs once", async () => {
    const u = await seedUser(db.sql, { tier: "student" });
    const { transport } = await startConsoleBot(db.sql);
    await transport.receive(u.phone, "COACH", { messageId: "DUP-1" });
    await transport.receive(u.phone, "COACH", { messageId: "DUP-1" });
    expect(transport.to(u.phone)).toHaveLength(1);
    expect(await dispatches(u.id, "orchestrator/daily-coach")).toBe(1);
  });
});

describe("worker-wa inbound: commands", () => {
  it("HELP lists the free commands for free users and all of them for paid users", async () => {
    const free = await seedUser(db.sql, { tier: "free", fullName: "Ravi Kumar" });
    const paid = await seedUser(db.sql, { tier: "professional" });
    const { say } = await startConsoleBot(db.sql);
    const f = (await say(free.phone, "help"))[0]!;
    expect(f).toContain("Hi Ravi");
    expect(f).toContain("JOBS");
    expect(f).not.toContain("APPLY_NOW —");
    expect(f).toContain("come with Talvix Student or Professional");
    const p = (await say(paid.phone, "HELP"))[0]!;
    expect(p).toContain("APPLY_NOW");
    expect(p).toContain("REPORT");
  });

  it("an unknown word gets HELP, and what was typed is never echoed", async () => {
    const u = await seedUser(db.sql);
    const { say } = await startConsoleBot(db.sql);
    const reply = await say(u.phone, "'; drop table users; -- <script>");
    expect(reply[0]).toContain("here's what you can send me");
    expect(reply[0]).not.toContain("drop");
    const [n] = await db.sql`select count(*)::int as n from users`;
    expect(n!.n).toBeGreaterThan(0);
    const l = await logs(u.id);
    expect(l.at(-1)!.metadata).toMatchObject({ command: "HELP", outcome: "unknown_word_help" });
  });

  it("JOBS: top 3 for free users, top 5 with labels for paid users", async () => {
    const free = await seedUser(db.sql, { tier: "free" });
    const paid = await seedUser(db.sql, { tier: "student" });
    await seedMatches(db.sql, free.id, [91, 72, 85, 40, 66]);
    await seedMatches(db.sql, paid.id, [91, 72, 85, 60, 66, 55]);
    const { say } = await startConsoleBot(db.sql);
    const f = (await say(free.phone, "JOBS"))[0]!;
    const fl = f.split("\n").filter((l) => /^\d\./.test(l));
    expect(fl).toHaveLength(3);
    expect(fl[0]).toBe("1. Engineer 1 at Company 1, Bengaluru");
    expect(fl[1]).toContain("Engineer 3");
    expect(fl.join("\n")).not.toMatch(/fit|%/);
    const p = (await say(paid.phone, "jobs"))[0]!;
    const pl = p.split("\n").filter((l) => /^\d\./.test(l));
    expect(pl).toHaveLength(5);
    expect(pl[0]).toBe("1. Engineer 1 at Company 1, Bengaluru — Strong fit, 91%");
    expect(pl[2]).toContain("Good fit, 72%");
    const nobody = await seedUser(db.sql);
    expect((await say(nobody.phone, "JOBS"))[0]).toContain("No matches yet");
  });

  it("STATUS shows auto-apply state, applies against caps, sessions and new matches", async () => {
    const u = await seedUser(db.sql, {
      tier: "professional",
      autoApply: true,
      dailyLimit: 20,
      appliesToday: 4,
      appliesThisMonth: 61,
    });
    await seedSession(db.sql, u.id, "linkedin", { expiresInDays: 12 });
    await seedSession(db.sql, u.id, "naukri", { valid: false });
    await seedMatches(db.sql, u.id, [88, 70]);
    const { say } = await startConsoleBot(db.sql, { start: new Date() });
    const s = (await say(u.phone, "STATUS"))[0]!;
    expect(s).toContain("Auto-apply: ON");
    expect(s).toContain("Today: 4 of 20 applications");
    expect(s).toContain("This month: 61 of 250");
    expect(s).toContain("New matches (24 h): 2");
    expect(s).toMatch(/linkedin: valid \(about 1[12] days left\)/);
    expect(s).toContain("naukri: expired");
  });

  it("PAUSE and RESUME; RESUME needs a valid session", async () => {
    const u = await seedUser(db.sql, { tier: "student", autoApply: true });
    const { say } = await startConsoleBot(db.sql, { start: new Date() });
    expect((await say(u.phone, "PAUSE"))[0]).toContain("Auto-apply is paused");
    expect((await say(u.phone, "PAUSE"))[0]).toContain("already paused");
    expect((await say(u.phone, "RESUME"))[0]).toContain("None of your job-portal logins is valid");
    let [row] = await db.sql`select auto_apply_paused from users where id = ${u.id}`;
    expect(row!.auto_apply_paused).toBe(true);
    await seedSession(db.sql, u.id);
    expect((await say(u.phone, "RESUME"))[0]).toContain("back on");
    [row] = await db.sql`select auto_apply_paused from users where id = ${u.id}`;
    expect(row!.auto_apply_paused).toBe(false);
    const outcomes = (await logs(u.id)).map((l) => `${l.metadata.command}:${l.metadata.outcome}`);
    expect(outcomes).toEqual([
      "PAUSE:ok",
      "PAUSE:already_paused",
      "RESUME:no_session",
      "RESUME:ok",
    ]);
  });

  it("APPLY_NOW queues work (no inline apply), needs a session and cap left, 4-hour cooldown", async () => {
    const u = await seedUser(db.sql, {
      tier: "professional",
      autoApply: true,
      dailyLimit: 10,
      appliesToday: 7,
    });
    const { say, clock } = await startConsoleBot(db.sql, { start: new Date() });
    expect((await say(u.phone, "APPLY_NOW"))[0]).toContain("None of your job-portal logins");
    await seedSession(db.sql, u.id);
    const queued = (await say(u.phone, "apply now"))[0]!;
    expect(queued).toContain("up to 3 more today");
    const [d] = await db.sql`select payload, status from dispatch_outbox
                             where user_id = ${u.id} and target = 'worker-exec/apply-now'`;
    expect(d).toMatchObject({ payload: { source: "whatsapp" }, status: "pending" });
    expect((await say(u.phone, "APPLY_NOW"))[0]).toContain("You can use it again in 4 h");
    clock.advance(3 * 3_600_000 + 30 * 60_000);
    expect((await say(u.phone, "APPLY_NOW"))[0]).toContain("again in 30 min");
    clock.advance(31 * 60_000);
    expect((await say(u.phone, "APPLY_NOW"))[0]).toContain("On it");
    expect(await dispatches(u.id, "worker-exec/apply-now")).toBe(2);

    await db.sql`update users set applies_today = 10 where id = ${u.id}`;
    clock.advance(5 * 3_600_000);
    expect((await say(u.phone, "APPLY_NOW"))[0]).toContain("today's limit (10 of 10)");
    await db.sql`update users set applies_today = 0, applies_this_month = 250 where id = ${u.id}`;
    expect((await say(u.phone, "APPLY_NOW"))[0]).toContain("all 250 applications for this month");
    expect(await dispatches(u.id, "worker-exec/apply-now")).toBe(2);
    // A declined APPLY_NOW does not use up the cooldown.
    await db.sql`update users set applies_this_month = 10 where id = ${u.id}`;
    expect((await say(u.phone, "APPLY_NOW"))[0]).toContain("On it");
  });

  it("COACH queues a daily-coach dispatch with a 6-hour cooldown", async () => {
    const u = await seedUser(db.sql, { tier: "student" });
    const { say, clock } = await startConsoleBot(db.sql);
    expect((await say(u.phone, "COACH"))[0]).toContain("coach is putting together a note");
    const [d] = await db.sql`select payload from dispatch_outbox
                             where user_id = ${u.id} and target = 'orchestrator/daily-coach'`;
    expect(d!.payload).toEqual({ source: "whatsapp", on_demand: true });
    clock.advance(5 * 3_600_000);
    expect((await say(u.phone, "COACH"))[0]).toContain("again in 1 h");
    clock.advance(3_600_000);
    expect((await say(u.phone, "COACH"))[0]).toContain("coach is putting together a note");
    expect(await dispatches(u.id, "orchestrator/daily-coach")).toBe(2);
  });

  it("REPORT sums the last 7 days", async () => {
    const u = await seedUser(db.sql, { tier: "professional", fullName: "Meera Iyer" });
    await seedMatches(db.sql, u.id, [80, 75, 60]);
    const jobs = await db.sql<{ job_id: string }[]>`
      select job_id from job_fit_scores where user_id = ${u.id} order by score desc`;
    const statuses = ["applied", "interview", "rejected"];
    for (const [i, j] of jobs.entries()) {
      await db.sql`
        insert into job_applications (user_id, job_id, method, status, applied_at)
        values (${u.id}, ${j.job_id}, 'manual', ${statuses[i]!}, now() - interval '2 days')`;
    }
    const { say } = await startConsoleBot(db.sql, { start: new Date() });
    const r = (await say(u.phone, "REPORT"))[0]!;
    expect(r).toContain("Meera, your last 7 days");
    expect(r).toContain("Applications sent: 3");
    expect(r).toContain("Interviews: 1");
    expect(r).toContain("Rejections: 1");
    expect(r).toContain("Offers: 0");
    expect(r).toContain("New matches: 3");
  });

  it("every command from a registered number is logged to agent_logs", async () => {
    const u = await seedUser(db.sql, { tier: "student", autoApply: true });
    const { say } = await startConsoleBot(db.sql);
    for (const c of ["HELP", "JOBS", "STATUS", "PAUSE", "REPORT", "COACH", "RESUME", "blah"]) {
      await say(u.phone, c);
    }
    const l = await logs(u.id);
    expect(l.map((x) => x.metadata.command)).toEqual([
      "HELP",
      "JOBS",
      "STATUS",
      "PAUSE",
      "REPORT",
      "COACH",
      "RESUME",
      "HELP",
    ]);
    const [sent] = await db.sql`select count(*)::int as n from wa_outbound_messages
                                where user_id = ${u.id} and kind = 'reply' and state = 'sent'`;
    expect(sent!.n).toBe(8);
  });
});
