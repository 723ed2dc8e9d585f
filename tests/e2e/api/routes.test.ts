import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../../shared/vault/seal-session.ts";
import { parseVaultKeys } from "../../../shared/vault/vault-keys.ts";
import { seenBodies, startGateway, type Gateway, type SignedInUser } from "./support/gateway.ts";
import { docx, scannedPdf, textPdf, textResume } from "./support/resume-files.ts";
import {
  seedAutoApplication,
  seedInsights,
  seedJob,
  seedNotification,
  seedScore,
} from "./support/seed.ts";

let gw: Gateway;
let alice: SignedInUser;
let bob: SignedInUser;

beforeAll(async () => {
  gw = await startGateway();
  [alice, bob] = await Promise.all([gw.signIn("alice@example.com"), gw.signIn("bob@example.com")]);
});
afterAll(async () => gw?.stop());

const COOKIES = [
  {
    name: "li_at",
    value: "AQEDAR-super-secret-session-cookie",
    domain: ".linkedin.com",
    path: "/",
    expires: Math.floor(Date.now() / 1000) + 86400 * 300,
    httpOnly: true,
    secure: true,
  },
  { name: "JSESSIONID", value: "ajax:0123456789", domain: ".www.linkedin.com", path: "/" },
];
const capture = (platform: "linkedin" | "naukri" = "linkedin") => ({
  platform,
  cookies: COOKIES,
  user_agent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0",
  viewport: { width: 1366, height: 768 },
});

describe("vault", () => {
  it("seals cookies with the newest key, answers only {platform, is_valid, estimated_expires_at}", async () => {
    const res = await alice.fetch("/vault/capture", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(capture()),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["estimated_expires_at", "is_valid", "platform"]);
    expect(body).toMatchObject({ platform: "linkedin", is_valid: true });
    // The li_at cookie's own expiry is the session's.
    expect(
      Math.abs(Date.parse(body.estimated_expires_at) / 1000 - COOKIES[0]!.expires!),
    ).toBeLessThan(2);

    const [row] = await gw.db.sql`
      select session_encrypted, session_iv, key_version from user_connections
       where user_id = ${alice.id} and platform = 'linkedin'`;
    expect(row!.session_encrypted).not.toContain("super-secret");
    // worker-exec opens it with the same shared code and the same keys.
    const opened = await openSession(await parseVaultKeys(gw.secrets.VAULT_KEYS), row as never, {
      userId: alice.id,
      platform: "linkedin",
    });
    expect(opened.cookies[0]!.value).toBe("AQEDAR-super-secret-session-cookie");
    // Bound to its row: it does not open as another user's.
    await expect(
      openSession(await parseVaultKeys(gw.secrets.VAULT_KEYS), row as never, {
        userId: bob.id,
        platform: "linkedin",
      }),
    ).rejects.toThrow();
  });

  it("lists connections without secrets and deletes one; a bad platform is a field-level 400", async () => {
    await alice.api.vault.capture({ ...capture("naukri"), expires_at: "2027-01-01T00:00:00Z" });
    const { connections } = await alice.api.vault.list();
    expect(connections.map((c) => c.platform)).toEqual(["linkedin", "naukri"]);
    for (const c of connections) {
      expect(Object.keys(c).sort()).toEqual([
        "created_at",
        "estimated_expires_at",
        "is_valid",
        "last_checked_at",
        "platform",
        "updated_at",
      ]);
    }
    await alice.api.vault.remove("naukri");
    expect((await alice.api.vault.list()).connections).toHaveLength(1);
    await expect(alice.api.vault.remove("naukri")).rejects.toMatchObject({ status: 404 });
    const bad = await alice.fetch("/vault/capture", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...capture(), platform: "myspace", cookies: [{ name: "" }] }),
    });
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).error.details.fields;
    expect(fields["json.platform"]).toBeDefined();
    expect(fields["json.cookies.0.name"]).toBeDefined();
  });
});

describe("resume upload and persona", () => {
  it("uploads a text PDF, the real agent parses it into three persona options, then choosing one (202) readies the dashboard", async () => {
    const user = await gw.signIn();
    const result = await user.api.resume.upload(new Blob([await textPdf()]), "resume.pdf");
    expect(result.resume_id).toMatch(/^[0-9a-f-]{36}$/);

    // resume-intelligence really ran for this user and stored its profile.
    const [resume] = await gw.db.sql`
      select parse_status, parsed, summary from resumes
       where id = ${result.resume_id} and user_id = ${user.id}`;
    expect(resume).toMatchObject({
      parse_status: "parsed",
      parsed: {
        name: "Asha Verma",
        email: "asha.verma@example.com",
        current_title: "Software Engineer",
        current_company: "Flipkart",
      },
    });
    expect(resume!.parsed.skills.ids.length).toBeGreaterThanOrEqual(4);
    expect(result.extracted_summary).toBe(resume!.summary);
    expect(result.extracted_summary).toContain("Flipkart");
    const logs = await gw.db.sql`
      select status, user_id, metadata from agent_logs
       where agent = 'resume-intelligence' and user_id = ${user.id}`;
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      status: "success",
      user_id: user.id,
      metadata: { resume_id: result.resume_id, parse_status: "parsed" },
    });

    // The upload answers exactly the options the agent stored.
    const personas = await gw.db.sql<
      {
        position: number;
        persona: string;
        headline: string;
        summary: string;
        target_roles: string[];
      }[]
    >`
      select position, persona, headline, summary, target_roles from personas
       where user_id = ${user.id} and resume_id = ${result.resume_id} order by position`;
    expect(personas.map((p) => p.position)).toEqual([1, 2, 3]);
    expect(result.persona_options).toEqual(
      personas.map((p) => ({
        position: p.position,
        persona: p.persona,
        headline: p.headline,
        summary: p.summary,
        target_roles: p.target_roles,
      })),
    );
    const option = personas[1]!;
    expect(option.target_roles.length).toBeGreaterThan(0);

    const started = performance.now();
    const accepted = await user.fetch("/persona", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ resume_id: result.resume_id, choice: 2 }),
    });
    expect(accepted.status).toBe(202);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await accepted.json()).toEqual({
      status: "accepted",
      persona: option.persona,
      started: ["skill-gap", "career-intel", "fit-score"],
    });
    const chosen = await gw.db.sql`
      select position from personas where user_id = ${user.id} and is_chosen`;
    expect(chosen.map((p) => p.position)).toEqual([2]);
    const roles = await gw.db
      .sql`select title from user_target_roles where user_id = ${user.id} order by priority`;
    expect(roles.map((r) => r.title)).toEqual(option.target_roles.slice(0, 5));

    // The three real agents each finish for this user; the last one readies the dashboard.
    await expect
      .poll(
        async () =>
          (
            await gw.db.sql`
              select distinct agent from agent_logs
               where user_id = ${user.id} and status = 'success'
                 and agent in ('skill-gap', 'career-intel', 'fit-score')
               order by agent`
          ).map((r) => r.agent),
        { timeout: 20_000, interval: 200 },
      )
      .toEqual(["career-intel", "fit-score", "skill-gap"]);
    await expect
      .poll(
        async () =>
          (await gw.db.sql`select dashboard_ready from users where id = ${user.id}`)[0]!
            .dashboard_ready,
        { timeout: 20_000, interval: 200 },
      )
      .toBe(true);
    const [u] = await gw.db.sql`
      select persona, fit_scores_stale, skill_gap_stale, career_intel_stale, onboarding_completed
        from users where id = ${user.id}`;
    expect(u).toEqual({
      persona: option.persona,
      fit_scores_stale: false,
      skill_gap_stale: false,
      career_intel_stale: false,
      onboarding_completed: true,
    });
    const notes = await gw.db.sql`
      select channel from notifications
       where user_id = ${user.id} and type = 'onboarding.dashboard_ready'`;
    expect(notes.map((n) => n.channel)).toEqual(["dashboard"]);
    expect((await user.api.dashboard.get()).dashboard_ready).toBe(true);
  });

  it("takes DOCX and plain text by their bytes, whatever their names", async () => {
    const user = await gw.signIn();
    const a = await user.api.resume.upload(new Blob([docx()]), "cv.pdf");
    expect(a.persona_options).toHaveLength(3);
    const b = await user.api.resume.upload(
      new Blob([textResume()], { type: "application/pdf" }),
      "cv.docx",
    );
    expect(b.persona_options).toHaveLength(3);
    const rows = await gw.db.sql`
      select mime, parse_status, parsed->>'name' as name from resumes
       where user_id = ${user.id} order by created_at`;
    expect(rows).toEqual([
      {
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        parse_status: "parsed",
        name: "Asha Verma",
      },
      { mime: "text/plain", parse_status: "parsed", name: "Asha Verma" },
    ]);
  });

  it("answers a scanned PDF with a clear 422", async () => {
    const user = await gw.signIn();
    const err = await user.api.resume
      .upload(new Blob([await scannedPdf()]), "scan.pdf")
      .catch((e) => e);
    expect(err).toMatchObject({ status: 422, code: "resume_needs_text" });
    expect(err.message).toMatch(/text PDF or a DOCX/);
    const [resume] = await gw.db.sql`
      select id, parse_status, parsed from resumes where user_id = ${user.id}`;
    expect(resume).toMatchObject({ parse_status: "needs_text", parsed: null });
    const [personas] = await gw.db
      .sql`select count(*)::int as n from personas where resume_id = ${resume!.id}`;
    expect(personas!.n).toBe(0);
    const logs = await gw.db.sql`
      select status, metadata from agent_logs
       where agent = 'resume-intelligence' and user_id = ${user.id}`;
    expect(logs).toEqual([
      expect.objectContaining({
        status: "skipped",
        metadata: expect.objectContaining({ parse_status: "needs_text" }),
      }),
    ]);
  });

  it("refuses wrong types (415), oversized files (413) and a 4th upload in an hour (429)", async () => {
    const user = await gw.signIn();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const zip = (await import("fflate")).zipSync({ "a.txt": new TextEncoder().encode("hi") });
    for (const [bytes, name] of [
      [png, "resume.pdf"],
      [zip, "resume.docx"],
      [new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]), "resume.txt"],
    ] as const) {
      const err = await user.api.resume.upload(new Blob([bytes]), name).catch((e) => e);
      expect(err, name).toMatchObject({ status: 415, code: "unsupported_media_type" });
    }
    const big = await gw.signIn();
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(new TextEncoder().encode("%PDF-1.7\n"));
    const tooBig = await big.api.resume.upload(new Blob([huge]), "big.pdf").catch((e) => e);
    expect(tooBig).toMatchObject({ status: 413, code: "payload_too_large" });
    const wayTooBig = await big.api.resume
      .upload(new Blob([new Uint8Array(6 * 1024 * 1024)]), "x.pdf")
      .catch((e) => e);
    expect(wayTooBig).toMatchObject({ status: 413 });
    // The first three uploads of `user` were used above; the fourth is refused.
    const fourth = await user.fetch("/resume/upload", {
      method: "POST",
      body: (() => {
        const f = new FormData();
        f.set("file", new Blob([textResume()]), "r.txt");
        return f;
      })(),
    });
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(fourth.headers.get("x-ratelimit-limit")).toBe("3");
  });

  it("answers a JSON body over 10 MB with 413", async () => {
    const res = await alice.fetch("/user/preferences", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cities_preferred: ["x".repeat(10 * 1024 * 1024)] }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("payload_too_large");
  });
});

describe("dashboard, settings, applications, notifications", () => {
  let jobs: string[];
  beforeAll(async () => {
    jobs = [];
    for (let i = 0; i < 25; i++) jobs.push(await seedJob(gw.db.sql));
    for (const [i, job] of jobs.entries()) await seedScore(gw.db.sql, alice.id, job, 95 - i);
    await seedInsights(gw.db.sql, alice.id);
    for (let i = 0; i < 3; i++) await seedNotification(gw.db.sql, alice.id, `note ${i}`);
  });

  it("GET /dashboard: user, connections, explained matches, grouped applications, unread, insights, caps", async () => {
    const d = await alice.api.dashboard.get({ limit: 10 });
    expect(d.user.id).toBe(alice.id);
    expect(d.dashboard_ready).toBe(false);
    expect(d.matches.items).toHaveLength(10);
    expect(d.matches.items[0]!.score).toBe(95);
    expect(d.matches.items[0]!.explanation.reasons).toContain("Python and SQL match");
    expect(d.notifications.unread_count).toBe(3);
    expect(d.skill_gaps?.readiness_score).toBe(72);
    expect(d.career_intel?.summary).toContain("Strong demand");
    expect(d.apply_counts).toEqual({ today: 0, daily_cap: 0, this_month: 0, monthly_cap: 0 });
    // Cursor paging walks every match once.
    const seen = d.matches.items.map((m) => m.job.id);
    let cursor = d.matches.next_cursor;
    while (cursor) {
      const page = await alice.api.dashboard.get({ limit: 10, matches_cursor: cursor });
      seen.push(...page.matches.items.map((m) => m.job.id));
      cursor = page.matches.next_cursor;
    }
    expect(seen).toEqual(jobs);
    const bad = await alice.fetch("/dashboard?matches_cursor=notacursor");
    expect(bad.status).toBe(400);
    // Bob sees none of it.
    const b = await bob.api.dashboard.get();
    expect(b.matches.items).toHaveLength(0);
    expect(b.notifications.unread_count).toBe(0);
    expect(b.skill_gaps).toBeNull();
  });

  it("PATCH /user/roles replaces up to five roles and marks fit scores stale", async () => {
    await gw.db.sql`update users set fit_scores_stale = false where id = ${alice.id}`;
    const r = await alice.api.user.setRoles({
      roles: [
        { role_family: "backend_engineering", priority: 1 },
        { role_family: "data_engineering", priority: 2, title: "Data Engineer" },
      ],
    });
    expect(r.fit_scores_stale).toBe(true);
    expect(r.roles.map((x) => x.priority)).toEqual([1, 2]);
    const [u] = await gw.db.sql`select fit_scores_stale from users where id = ${alice.id}`;
    expect(u!.fit_scores_stale).toBe(true);
    const six = Array.from({ length: 6 }, (_, i) => ({
      role_family: `f${i}`,
      priority: (i % 5) + 1,
    }));
    await expect(alice.api.user.setRoles({ roles: six })).rejects.toMatchObject({ status: 400 });
  });

  it("PATCH /user/preferences validates caps and needs a paid plan for auto-apply", async () => {
    const { user } = await alice.api.user.setPreferences({
      cities_preferred: ["Bengaluru", "Pune"],
      work_modes_preferred: ["hybrid", "remote"],
      expected_ctc_lpa: 18.5,
      notice_period_days: 30,
      daily_apply_limit: 12,
      review_mode: true,
      quiet_hours: { start: "23:00", end: "07:30" },
      wa_phone: "+919812345678",
      wa_opted_in: true,
    });
    expect(user).toMatchObject({
      cities_preferred: ["Bengaluru", "Pune"],
      expected_ctc_lpa: 18.5,
      daily_apply_limit: 12,
      wa_opted_in: true,
      quiet_hours: { start: "23:00", end: "07:30" },
    });
    expect(user.review_mode_until).not.toBeNull();
    for (const body of [
      { daily_apply_limit: 4 },
      { daily_apply_limit: 26 },
      { wa_phone: "98123" },
      {},
      { tier: "professional" },
    ]) {
      await expect(
        alice.api.user.setPreferences(body as never),
        JSON.stringify(body),
      ).rejects.toMatchObject({ status: 400 });
    }
    await expect(alice.api.user.setPreferences({ auto_apply_enabled: true })).rejects.toMatchObject(
      {
        status: 403,
        code: "plan_required",
      },
    );
    await gw.db
      .sql`update users set tier = 'professional', subscription_expires_at = now() + interval '20 days' where id = ${alice.id}`;
    const paid = await alice.api.user.setPreferences({
      auto_apply_enabled: true,
      auto_apply_paused: true,
    });
    expect(paid.user).toMatchObject({ auto_apply_enabled: true, auto_apply_paused: true });
    const consents = await gw.db
      .sql`select purpose from consents where user_id = ${alice.id} order by created_at`;
    expect(consents.map((c) => c.purpose)).toEqual(["whatsapp", "auto_apply"]);
  });

  it("applications: manual create, list by status with cursors, allowed transitions, review queue, signals", async () => {
    const byId = await alice.api.applications.create({ job_id: jobs[0]! });
    expect(byId).toMatchObject({ method: "manual", status: "applied", job: { id: jobs[0] } });
    const byUrl = await alice.api.applications.create({
      url: "https://careers.example.com/jobs/123",
      company: "Example Corp",
      title: "Platform Engineer",
    });
    expect(byUrl.job).toMatchObject({ company: "Example Corp", title: "Platform Engineer" });
    await expect(alice.api.applications.create({ job_id: jobs[0]! })).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      alice.api.applications.create({ job_id: crypto.randomUUID() }),
    ).rejects.toMatchObject({ status: 404 });

    const moved = await alice.api.applications.update(byId.id, { status: "interview" });
    expect(moved.status).toBe("interview");
    await expect(
      alice.api.applications.update(byId.id, { status: "discovered" }),
    ).rejects.toMatchObject({
      status: 409,
      code: "invalid_transition",
    });
    await alice.api.applications.update(byId.id, { status: "rejected" });
    await expect(alice.api.applications.update(byId.id, { status: "offer" })).rejects.toMatchObject(
      { status: 409 },
    );

    const review = await seedAutoApplication(gw.db.sql, alice.id, jobs[1]!);
    const approved = await alice.api.applications.approve(review);
    expect(approved.auto_status).toBe("approved");
    const [lease] = await gw.db.sql`select lease_status from job_applications where id = ${review}`;
    expect(lease!.lease_status).toBe("pending");
    await expect(alice.api.applications.approve(review)).rejects.toMatchObject({ status: 409 });
    const review2 = await seedAutoApplication(gw.db.sql, alice.id, jobs[2]!);
    expect((await alice.api.applications.reject(review2)).auto_status).toBe("skipped");
    await expect(alice.api.applications.approve(byUrl.id)).rejects.toMatchObject({ status: 409 });

    const applied = await alice.api.applications.list({ status: "applied" });
    expect(applied.items.map((a) => a.id)).toEqual([byUrl.id]);
    const page1 = await alice.api.applications.list({ limit: 2 });
    expect(page1.items).toHaveLength(2);
    const page2 = await alice.api.applications.list({ limit: 2, cursor: page1.next_cursor! });
    expect(page2.items.length + page1.items.length).toBe(4);
    expect(page2.next_cursor).toBeNull();

    const signals = await gw.db
      .sql`select signal from learning_signals where user_id = ${alice.id} order by created_at`;
    expect(signals.map((s) => s.signal)).toEqual([
      "applied",
      "applied",
      "interview",
      "rejected",
      "approved",
      "skipped",
    ]);
    const d = await alice.api.dashboard.get();
    expect(d.applications.counts).toMatchObject({ applied: 1, rejected: 1, discovered: 2 });
  });

  it("PATCH /notifications/:id marks read", async () => {
    const id = await seedNotification(gw.db.sql, alice.id, "read me");
    const n = await alice.api.notifications.markRead(id);
    expect(n).toMatchObject({ id, status: "read" });
    expect(n.read_at).not.toBeNull();
    const bad = await alice.fetch(`/notifications/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "unread" }),
    });
    expect(bad.status).toBe(400);
  });
});

describe("another user's ids", () => {
  it("are 404 on every route, and nothing of theirs changes or leaks", async () => {
    const job = await seedJob(gw.db.sql);
    const bobApp = (await bob.api.applications.create({ job_id: job })).id;
    const bobReview = await seedAutoApplication(gw.db.sql, bob.id, await seedJob(gw.db.sql));
    const bobNote = await seedNotification(gw.db.sql, bob.id, "bob's secret note");
    await bob.api.vault.capture(capture("naukri"));
    const bobResume = (await bob.api.resume.upload(new Blob([textResume()]), "bob.txt")).resume_id;

    const json = (body: unknown) => ({
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const attempts: [string, string, RequestInit][] = [
      ["PATCH", `/applications/${bobApp}`, json({ status: "withdrawn" })],
      ["POST", `/applications/${bobReview}/approve`, {}],
      ["POST", `/applications/${bobReview}/reject`, {}],
      ["PATCH", `/notifications/${bobNote}`, json({ status: "read" })],
      ["POST", "/persona", json({ resume_id: bobResume, choice: 1 })],
      ["DELETE", "/vault/naukri", {}],
    ];
    for (const [method, path, init] of attempts) {
      const res = await alice.fetch(path, { ...init, method });
      expect(res.status, `${method} ${path}`).toBe(404);
      const text = await res.text();
      expect(text).not.toContain("bob");
      expect(JSON.parse(text).error.code).toBe("not_found");
    }
    const lists = [
      await alice.api.applications.list({ limit: 50 }),
      await alice.api.dashboard.get({ limit: 50 }),
      await alice.api.vault.list(),
    ];
    const all = JSON.stringify(lists);
    for (const id of [bobApp, bobReview, bobNote, bobResume, bob.id]) expect(all).not.toContain(id);

    const [a] = await gw.db.sql`select status from job_applications where id = ${bobApp}`;
    expect(a!.status).toBe("applied");
    const [r] = await gw.db.sql`select auto_status from job_applications where id = ${bobReview}`;
    expect(r!.auto_status).toBe("needs_review");
    const [n] = await gw.db.sql`select read_at from notifications where id = ${bobNote}`;
    expect(n!.read_at).toBeNull();
    expect((await bob.api.vault.list()).connections.map((c) => c.platform)).toContain("naukri");
    const [p] = await gw.db
      .sql`select count(*)::int as n from personas where user_id = ${bob.id} and is_chosen`;
    expect(p!.n).toBe(0);
  });
});

describe("secrets", () => {
  it("no response body ever contained a sealed session or its IV", async () => {
    // Touch every read route once more, then scan everything any client saw.
    await alice.api.dashboard.get();
    await alice.api.vault.list();
    await bob.api.dashboard.get();
    const sealed = await gw.db.sql`select session_encrypted, session_iv from user_connections`;
    expect(sealed.length).toBeGreaterThanOrEqual(2);
    expect(seenBodies.length).toBeGreaterThan(30);
    const everything = seenBodies.join("\n");
    for (const row of sealed) {
      expect(everything).not.toContain(row.session_encrypted);
      expect(everything).not.toContain(row.session_iv);
    }
    expect(everything).not.toContain("session_encrypted");
    expect(everything).not.toContain("AQEDAR-super-secret-session-cookie");
    const logs = gw.server.logs.join("\n");
    expect(logs).not.toContain("AQEDAR-super-secret-session-cookie");
    for (const value of Object.values(gw.secrets)) expect(logs).not.toContain(value);
    expect(logs).not.toContain("alice@example.com");
  });
});
