import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Sql } from "../../../../shared/db/sql.ts";
import { extractResumeText } from "../../../../shared/intelligence/resume/extract-text.ts";
import { startHttpStub } from "./http-stub.ts";

/**
 * The `agents` function at the network edge, until the real one lands. resume-intelligence
 * does what the real agent's contract says (parses the stored resume, writes `resumes.parsed`
 * and three `personas`, replies `{status, duration_ms, records_processed, error}`) using
 * recorded output; a file whose text is empty is `needs_text`, as a scanned PDF is. Wake-ups
 * (skill-gap, career-intel, fit-score) answer 202 and are recorded.
 */
export async function startAgentsStub(sql: Sql, agentSecret: string, storageDir: string) {
  return startHttpStub(async (req) => {
    if (req.headers["x-agent-secret"] !== agentSecret) {
      return { status: 401, body: { error: { code: "unauthorized" } } };
    }
    const agent = req.path.replace(/^\/agents\//, "");
    const body = JSON.parse(req.body) as {
      user_id: string;
      payload: { resume_id?: string; mode?: string };
    };
    if (agent !== "resume-intelligence") {
      return { status: 202, body: { status: "accepted", agent } };
    }
    const started = Date.now();
    const resumeId = body.payload.resume_id!;
    const [resume] = await sql<{ storage_path: string; mime: string }[]>`
      select storage_path, mime from public.resumes
       where id = ${resumeId} and user_id = ${body.user_id}`;
    if (!resume) return { status: 404, body: { status: "failed", error: "no such resume" } };
    const bytes = new Uint8Array(await readFile(join(storageDir, resume.storage_path)));
    const extracted = await extractResumeText(bytes, resume.mime);
    if (extracted.status !== "ok") {
      await sql`
        update public.resumes set parse_status = 'needs_text',
               parse_error = 'PDF has no text layer (scanned image?)'
         where id = ${resumeId}`;
      return {
        status: 422,
        body: {
          status: "failed",
          duration_ms: Date.now() - started,
          records_processed: 0,
          error: "needs_text: PDF has no text layer (scanned image?)",
        },
      };
    }
    const parsed = {
      name: "Asha Verma",
      skills: ["python", "sql", "react", "aws"],
      experience_years: 3.5,
      titles: ["Software Engineer"],
    };
    await sql.begin(async (tx) => {
      await tx`
        update public.resumes set parse_status = 'parsed', parsed = ${tx.json(parsed)},
               summary = 'Software engineer with 3.5 years in Python, SQL, React and AWS.'
         where id = ${resumeId}`;
      const options = [
        [
          "professional",
          "Backend engineer (Python, AWS)",
          ["Backend Engineer", "Python Developer"],
        ],
        ["switcher", "Data engineer", ["Data Engineer", "Analytics Engineer"]],
        ["early_career", "Full-stack developer", ["Full Stack Developer"]],
      ] as const;
      for (const [i, [persona, headline, roles]] of options.entries()) {
        await tx`
          insert into public.personas (user_id, resume_id, position, persona, headline, summary, target_roles)
          values (${body.user_id}, ${resumeId}, ${i + 1}, ${persona}, ${headline},
                  ${`Fits a ${headline.toLowerCase()} role`}, ${roles as unknown as string[]})
          on conflict (resume_id, position) do nothing`;
      }
    });
    return {
      status: 200,
      body: {
        status: "success",
        duration_ms: Date.now() - started,
        records_processed: 1,
        error: null,
        agent: "resume-intelligence",
      },
    };
  });
}
