import { gunzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Profile } from "../../../shared/intelligence/index.ts";
import { agentHarness, makeUser, snapshot, uploadResume, type AgentHarness } from "./support.ts";

let h: AgentHarness;
beforeAll(async () => {
  h = await agentHarness();
});
afterAll(async () => {
  await h.db.drop();
});

const TABLES = ["resumes", "personas", "users", "notifications"];

describe("resume-intelligence", () => {
  it("turns a PDF into one stored profile and three persona options", async () => {
    const userId = await makeUser(h.sql, { full_name: "Typed By User" });
    const resumeId = await uploadResume(h, userId, "aarav-sharma-sde.pdf");
    const reply = await h.call("resume-intelligence", { resume_id: resumeId }, { userId });
    expect(reply).toMatchObject({ status: "success", records_processed: 1, error: null });
    expect(reply.parse_status).toBe("parsed");

    const [resume] =
      await h.sql`select parse_status, parsed, summary from resumes where id = ${resumeId}`;
    expect(resume!.parse_status).toBe("parsed");
    const profile = Profile.parse(resume!.parsed);
    expect(profile.skills.ids.length).toBeGreaterThan(3);
    const stored = await h.storage.get(`parsed-resumes/${userId}/${resumeId}.json.gz`);
    expect(JSON.parse(new TextDecoder().decode(gunzipSync(stored!)))).toEqual(resume!.parsed);

    const personas = await h.sql`
      select position, persona, headline, summary, target_roles, role_families, is_chosen
        from personas where resume_id = ${resumeId} order by position`;
    expect(personas.map((p) => p.position)).toEqual([1, 2, 3]);
    for (const p of personas) {
      expect(p.headline.length).toBeGreaterThan(0);
      expect(p.target_roles).toEqual([p.headline]);
      expect(p.role_families.length).toBeGreaterThan(0);
      expect(p.is_chosen).toBe(false);
    }
    expect(resume!.summary).toBe(personas[0]!.summary);

    const [user] = await h.sql`
      select full_name, phone, current_title, experience_years, fit_scores_stale,
             onboarding_completed from users where id = ${userId}`;
    // What the user typed stays; what they left empty comes from the résumé.
    expect(user!.full_name).toBe("Typed By User");
    expect(user!.phone).toBe(profile.phone);
    expect(user!.current_title).toBe(profile.current_title);
    expect(Number(user!.experience_years)).toBe(profile.total_experience_years);
    expect(user).toMatchObject({ fit_scores_stale: true, onboarding_completed: true });

    const logs = await h.sql`select status from agent_logs where agent = 'resume-intelligence'`;
    expect(logs).toEqual([{ status: "success" }]);
  });

  it("changes nothing when run twice on the same résumé", async () => {
    const userId = await makeUser(h.sql);
    const resumeId = await uploadResume(h, userId, "ananya-ghosh-teacher.docx");
    expect((await h.call("resume-intelligence", { resume_id: resumeId })).status).toBe("success");
    const before = await snapshot(h.sql, TABLES);
    const again = await h.call("resume-intelligence", { resume_id: resumeId });
    expect(again.status).toBe("skipped");
    expect(await snapshot(h.sql, TABLES)).toBe(before);
  });

  it("ends a PDF without a text layer as needs_text: no profile, no personas", async () => {
    const userId = await makeUser(h.sql);
    const resumeId = await uploadResume(h, userId, "scanned-resume.pdf");
    const reply = await h.call("resume-intelligence", { resume_id: resumeId }, { userId });
    expect(reply).toMatchObject({ status: "skipped", parse_status: "needs_text", error: null });
    const [resume] = await h.sql`select parse_status, parsed from resumes where id = ${resumeId}`;
    expect(resume).toMatchObject({ parse_status: "needs_text", parsed: null });
    expect(await h.sql`select 1 from personas where resume_id = ${resumeId}`).toHaveLength(0);
    expect(await h.storage.get(`parsed-resumes/${userId}/${resumeId}.json.gz`)).toBeNull();
    const [user] =
      await h.sql`select full_name, onboarding_completed from users where id = ${userId}`;
    expect(user).toEqual({ full_name: null, onboarding_completed: false });
  });

  it("reads plain text and fails clearly on a missing resume or file", async () => {
    const userId = await makeUser(h.sql);
    const resumeId = await uploadResume(h, userId, "deepa-krishnan-payroll.txt");
    expect((await h.call("resume-intelligence", { resume_id: resumeId })).status).toBe("success");

    const missing = await h.call("resume-intelligence", { resume_id: crypto.randomUUID() });
    expect(missing).toMatchObject({ status: "failed", error: "no such resume" });
    const bad = await h.call("resume-intelligence", { resume_id: "nope" });
    expect(bad.status).toBe("failed");
    expect(bad.error).toMatch(/^invalid payload: resume_id/);
    // Another user's résumé is not theirs to parse.
    const other = await makeUser(h.sql);
    const theirs = await h.call("resume-intelligence", { resume_id: resumeId }, { userId: other });
    expect(theirs).toMatchObject({ status: "failed", error: "no such resume" });
  });
});
