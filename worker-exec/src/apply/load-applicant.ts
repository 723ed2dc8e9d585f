/**
 * The applicant for one application, from the database: the primary résumé's parsed profile,
 * the user's own settings as facts, the answer memory, and the résumé (tailored when there is
 * one) and cover letter written to a private temp folder for upload.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Profile } from "../../../shared/intelligence/resume/profile-schema.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import {
  EMPTY_PROFILE,
  type Applicant,
  type ApplicantFile,
  type Facts,
  type MemoryAnswer,
} from "./applicant.ts";

export interface LoadedApplicant {
  applicant: Applicant;
  /** Removes the temp files. */
  dispose(): Promise<void>;
}

const num = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));

function safeName(name: string): string {
  return (
    basename(name)
      .replace(/[^\w.\- ]+/g, "_")
      .slice(0, 120) || "resume.pdf"
  );
}

export async function loadApplicant(
  sql: Sql,
  storage: Storage,
  app: { user_id: string; tailored_resume_path: string | null; cover_letter_path: string | null },
): Promise<LoadedApplicant | { error: string }> {
  const [user] = await sql<
    {
      full_name: string | null;
      email: string | null;
      phone: string | null;
      current_title: string | null;
      experience_years: string | null;
      current_ctc_lpa: string | null;
      expected_ctc_lpa: string | null;
      notice_period_days: number | null;
    }[]
  >`select full_name, email, phone, current_title, experience_years, current_ctc_lpa,
           expected_ctc_lpa, notice_period_days
      from public.users where id = ${app.user_id}`;
  if (!user) return { error: "the user is gone" };
  const [resume] = await sql<{ storage_path: string; file_name: string | null; parsed: unknown }[]>`
    select storage_path, file_name, parsed from public.resumes
     where user_id = ${app.user_id} and is_primary limit 1`;
  if (!resume) return { error: "no primary résumé uploaded" };
  const parsed = Profile.safeParse(resume.parsed);
  const profile = parsed.success ? parsed.data : { ...EMPTY_PROFILE };
  // What the user typed into their profile is theirs: facts, not inferences.
  const facts: Facts = Object.fromEntries(
    Object.entries({
      full_name: user.full_name ?? undefined,
      email: user.email ?? undefined,
      phone: user.phone ?? undefined,
      current_title: user.current_title ?? undefined,
      total_experience_years: num(user.experience_years),
      current_ctc_lpa: num(user.current_ctc_lpa),
      expected_ctc_lpa: num(user.expected_ctc_lpa),
      notice_period_days: user.notice_period_days ?? undefined,
    }).filter(([, v]) => v !== undefined),
  );
  const memory = new Map<string, MemoryAnswer>();
  for (const a of await sql<
    { question_key: string; answer: string; source: MemoryAnswer["source"] }[]
  >`
    select question_key, answer, source from public.application_answers where user_id = ${app.user_id}`) {
    memory.set(a.question_key, { answer: a.answer, source: a.source });
  }

  const dir = await mkdtemp(join(tmpdir(), "talvix-apply-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const write = async (path: string, name: string): Promise<ApplicantFile | null> => {
    const bytes = await storage.get(path);
    if (!bytes) return null;
    const file = join(dir, safeName(name));
    await writeFile(file, bytes, { mode: 0o600 });
    return {
      path: file,
      name: safeName(name),
      sha256: createHash("sha256").update(bytes).digest("hex"),
    };
  };
  try {
    const resumePath = app.tailored_resume_path ?? resume.storage_path;
    const resumeFile = await write(resumePath, resume.file_name ?? basename(resumePath));
    if (!resumeFile) {
      await dispose();
      return { error: `the résumé file ${resumePath} is missing from storage` };
    }
    const applicant: Applicant = { profile, facts, memory, resume: resumeFile };
    if (app.cover_letter_path) {
      const letter = await write(app.cover_letter_path, basename(app.cover_letter_path));
      if (letter) {
        const bytes = await storage.get(app.cover_letter_path);
        const text =
          /\.(txt|md)$/i.test(letter.name) && bytes ? new TextDecoder().decode(bytes) : undefined;
        applicant.coverLetter = { ...letter, text };
      }
    }
    return { applicant, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
