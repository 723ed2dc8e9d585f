import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFunctionsServer, type FunctionsServer } from "../../helpers/functions-server.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const secrets = testSecrets();
const storageDir = mkdtempSync(join(tmpdir(), "talvix-agents-e2e-"));
let db: TestDatabase;
let server: FunctionsServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startFunctionsServer({
    DATABASE_URL: db.url,
    STORAGE_DIR: storageDir,
    ...secrets,
  });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function post(agent: string, body: unknown, secret: string | null = secrets.AGENT_SECRET) {
  const res = await fetch(`${server.url}/agents/${agent}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret === null ? {} : { "x-agent-secret": secret }),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function storeFile(path: string, bytes: Uint8Array | string) {
  mkdirSync(dirname(join(storageDir, path)), { recursive: true });
  writeFileSync(join(storageDir, path), bytes);
}

describe("intelligence agents served by Deno", () => {
  it("refuses a call without the agent secret", async () => {
    const res = await post("jd-clean", { agent: "jd-clean", payload: {} }, null);
    expect(res.status).toBe(401);
    const wrong = await post("jd-clean", { agent: "jd-clean", payload: {} }, "not-the-secret");
    expect(wrong.status).toBe(401);
  });

  it("runs onboarding end to end: résumé, JDs, persona, then the three in parallel", async () => {
    const [user] = await db.sql<{ id: string }[]>`
      insert into auth.users (email) values ('e2e-agents@example.test') returning id`;
    const userId = user!.id;
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}resumes/neha-agarwal-ml-engineer.pdf`));
    const hash = createHash("sha256").update(bytes).digest("hex");
    const path = `resumes/${userId}/${hash}.pdf`;
    storeFile(path, bytes);
    const [resume] = await db.sql<{ id: string }[]>`
      insert into resumes (user_id, storage_path, file_hash, mime, size_bytes)
      values (${userId}, ${path}, ${hash}, 'application/pdf', ${bytes.length}) returning id`;

    const parsed = await post("resume-intelligence", {
      agent: "resume-intelligence",
      user_id: userId,
      payload: { resume_id: resume!.id },
    });
    expect(parsed.status).toBe(200);
    expect(parsed.body).toMatchObject({ status: "success", records_processed: 1, error: null });
    expect(parsed.body.duration_ms).toEqual(expect.any(Number));
    expect(parsed.body.persona_options).toHaveLength(3);
    expect(
      readFileSync(join(storageDir, `parsed-resumes/${userId}/${resume!.id}.json.gz`)).length,
    ).toBeGreaterThan(0);

    // Discovery's side: a finished run with raw JDs (one kept as HTML under jds/).
    const [run] = await db.sql<{ id: string }[]>`
      insert into scrape_runs (status, finished_at, has_new_jobs) values ('done', now(), true)
      returning id`;
    const jds = JSON.parse(readFileSync(`${FIXTURES}jds/jds.json`, "utf8")) as {
      input: { title?: string; company?: string; text?: string; html?: string; location?: string };
    }[];
    for (const [i, { input }] of jds.slice(0, 20).entries()) {
      const fp = `e2e-${i}`;
      const html = i === 0 ? `<h2>About</h2><p>${input.text ?? ""}</p>` : null;
      if (html) storeFile(`jds/${fp}.html`, html);
      await db.sql`
        insert into jobs (fingerprint, title, title_canonical, company, company_canonical,
                          jd_text, jd_path, first_run_id, locations)
        values (${fp}, ${input.title ?? "Engineer"}, ${(input.title ?? "engineer").toLowerCase()},
                ${input.company ?? "Acme"}, ${(input.company ?? "acme").toLowerCase()},
                ${html ? null : (input.text ?? input.html ?? "")}, ${html ? `jds/${fp}.html` : null},
                ${run!.id}, ${[input.location ?? "Bengaluru"]})`;
    }
    const cleaned = await post("jd-clean", {
      agent: "jd-clean",
      payload: { scrape_run_id: run!.id },
    });
    expect(cleaned.body).toMatchObject({
      status: "success",
      records_processed: 20,
      completed_runs: [run!.id],
    });
    const delta = await post("fit-score", {
      agent: "fit-score",
      payload: { mode: "delta", scrape_run_id: run!.id },
    });
    expect(delta.body).toMatchObject({ status: "success", scoring_complete: true });

    // The persona is chosen (the gateway's transaction), then the three wake-ups in parallel.
    await db.sql.begin(async (tx) => {
      await tx`update personas set is_chosen = true, chosen_at = now()
               where resume_id = ${resume!.id} and position = 1`;
      await tx`update resumes set is_primary = true where id = ${resume!.id}`;
      await tx`update users set persona = (select persona from personas
                 where resume_id = ${resume!.id} and position = 1), onboarding_completed = true,
                 fit_scores_stale = true, skill_gap_stale = true, career_intel_stale = true,
                 dashboard_ready = false where id = ${userId}`;
    });
    const replies = await Promise.all(
      ["skill-gap", "career-intel", "fit-score"].map((agent) =>
        post(agent, { agent, user_id: userId, payload: { mode: "full_scan", user_id: userId } }),
      ),
    );
    for (const r of replies) expect(r.body.status).toBe("success");
    const [u] = await db.sql`select dashboard_ready from users where id = ${userId}`;
    expect(u!.dashboard_ready).toBe(true);
    const notes = await db.sql`select type from notifications where user_id = ${userId}`;
    expect(notes).toEqual([{ type: "onboarding.dashboard_ready" }]);
    const logs = await db.sql<{ agent: string; n: number }[]>`
      select agent, count(*)::int as n from agent_logs group by agent order by agent`;
    expect(logs.map((l) => l.agent)).toEqual([
      "career-intel",
      "fit-score",
      "jd-clean",
      "resume-intelligence",
      "skill-gap",
    ]);
  });

  it("answers a failed run with 500 and the contract, and logs it", async () => {
    const res = await post("fit-score", {
      agent: "fit-score",
      payload: { mode: "delta", scrape_run_id: crypto.randomUUID() },
    });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({
      status: "failed",
      error: "no such scrape run",
      records_processed: 0,
    });
  });
});
