import { gzipSync } from "fflate";
import { z } from "zod";
import {
  extractResumeText,
  loadTaxonomy,
  parseResume,
  personaOptions,
  type PersonaOption,
  type Profile,
  type Taxonomy,
} from "../../../shared/intelligence/index.ts";
import { ensureTaxonomy } from "../../../shared/intelligence-db/index.ts";
import { defineAgent } from "../agent-contract.ts";

type PersonaKind =
  "student" | "early_career" | "professional" | "switcher" | "returning" | "freelancer";

const monthsAgo = (ym: string, asOf: Date) => {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  return (asOf.getUTCFullYear() - y) * 12 + (asOf.getUTCMonth() + 1 - m);
};

/** Which kind of job seeker the profile shows, from its facts only. */
function personaKind(profile: Profile, asOf: Date): PersonaKind {
  const jobs = profile.work_history.filter((e) => !/\bintern(ship)?\b/i.test(e.title ?? ""));
  const latestYear = Math.max(0, ...profile.education.map((e) => e.year ?? 0));
  if (jobs.length === 0 && (latestYear === 0 || latestYear >= asOf.getUTCFullYear() - 1))
    return "student";
  const current = `${profile.current_title ?? ""} ${profile.current_company ?? ""}`;
  if (/\bfreelanc|\bself[- ]employed\b|\bindependent consultant\b/i.test(current))
    return "freelancer";
  const ends = profile.work_history.map((e) => e.end);
  if (ends.length > 0 && !ends.includes(null)) {
    const latest = ends
      .filter((e): e is string => !!e)
      .sort()
      .at(-1);
    if (latest && monthsAgo(latest, asOf) > 12) return "returning";
  }
  const years = profile.total_experience_years;
  if (years !== null && years < 3) return "early_career";
  return jobs.length === 0 ? "early_career" : "professional";
}

function kindsFor(options: PersonaOption[], base: PersonaKind, taxonomy: Taxonomy): PersonaKind[] {
  const first = options[0]?.role_families ?? [];
  const near = new Set(first.flatMap((f) => [f, ...(taxonomy.familyById.get(f)?.adjacent ?? [])]));
  return options.map((o, i) => {
    if (i === 0 || base === "student") return base;
    return near.has(o.role_families[0] ?? "") ? base : "switcher";
  });
}

const clip = (s: string | null, n: number) => (s ? s.slice(0, n) : null);
const within = (x: number | null, lo: number, hi: number) =>
  x !== null && Number.isFinite(x) && x >= lo && x <= hi ? x : null;

/**
 * Résumé → one profile (stored gzipped under parsed-resumes/ and in resumes.parsed) → three
 * persona options (personas). Fills only the user's empty profile fields. A file with no
 * text layer ends as `needs_text`: never an empty or invented profile.
 */
export const resumeIntelligence = defineAgent({
  name: "resume-intelligence",
  payload: z.object({ resume_id: z.uuid() }),
  async run(ctx, { resume_id }) {
    const [resume] = await ctx.sql<
      { user_id: string; storage_path: string; mime: string; parse_status: string; n: number }[]
    >`
      select r.user_id, r.storage_path, r.mime, r.parse_status,
             (select count(*)::int from public.personas p where p.resume_id = r.id) as n
        from public.resumes r
       where r.id = ${resume_id} and (${ctx.userId ?? null}::uuid is null or r.user_id = ${ctx.userId ?? null}::uuid)`;
    if (!resume) return { status: "failed", records_processed: 0, error: "no such resume" };
    if (resume.parse_status === "parsed" && resume.n === 3) {
      return {
        status: "skipped",
        records_processed: 0,
        result: { parse_status: "parsed", reason: "already parsed" },
      };
    }
    if (resume.parse_status === "needs_text") {
      return {
        status: "skipped",
        records_processed: 0,
        result: { parse_status: "needs_text", code: "needs_text" },
      };
    }
    const taxonomy = loadTaxonomy();
    await ensureTaxonomy(ctx.sql);

    const bytes = await ctx.storage.get(resume.storage_path);
    if (!bytes) return { status: "failed", records_processed: 0, error: "resume file is missing" };
    const extracted = await extractResumeText(bytes, resume.mime);
    if (extracted.status !== "ok") {
      const needsText = extracted.status === "needs_text";
      await ctx.sql`
        update public.resumes
           set parse_status = ${needsText ? "needs_text" : "failed"},
               parse_error = ${extracted.reason.slice(0, 500)}, parsed = null
         where id = ${resume_id}`;
      return needsText
        ? {
            status: "skipped",
            records_processed: 0,
            result: { parse_status: "needs_text", code: "needs_text", reason: extracted.reason },
          }
        : {
            status: "failed",
            records_processed: 0,
            error: `unreadable resume: ${extracted.reason}`,
            result: { parse_status: "failed" },
          };
    }

    const asOf = ctx.clock.now();
    const profile = parseResume(extracted.text, { taxonomy, asOf });
    const options = personaOptions(profile, taxonomy);
    const kinds = kindsFor(options, personaKind(profile, asOf), taxonomy);
    const parsedPath = `parsed-resumes/${resume.user_id}/${resume_id}.json.gz`;
    await ctx.storage.put(
      parsedPath,
      gzipSync(new TextEncoder().encode(JSON.stringify(profile)), { mtime: 0 }),
      { contentType: "application/gzip" },
    );

    const personas = options.map((o, i) => ({
      position: i + 1,
      persona: kinds[i],
      headline: o.title.slice(0, 200),
      summary: o.summary,
      target_roles: [o.title.slice(0, 120)],
      role_families: o.role_families,
    }));
    await ctx.sql.begin(async (tx) => {
      await tx`
        update public.resumes
           set parse_status = 'parsed', parse_error = null, parsed = ${tx.json(profile as never)},
               summary = ${options[0]?.summary ?? profile.headline}
         where id = ${resume_id}`;
      await tx`
        insert into public.personas
          (user_id, resume_id, position, persona, headline, summary, target_roles, role_families)
        select ${resume.user_id}, ${resume_id}, p.position, p.persona, p.headline, p.summary,
               p.target_roles, p.role_families
          from json_to_recordset(${tx.json(personas as never)}::json) as p(
            position smallint, persona text, headline text, summary text, target_roles text[],
            role_families text[])
        on conflict (resume_id, position) do update
          set persona = excluded.persona, headline = excluded.headline,
              summary = excluded.summary, target_roles = excluded.target_roles,
              role_families = excluded.role_families`;
      // Only what the user left empty; the résumé never overwrites what they typed.
      await tx`
        update public.users set
          full_name = coalesce(full_name, ${clip(profile.name, 200)}),
          phone = coalesce(phone, ${clip(profile.phone, 32)}),
          current_title = coalesce(current_title, ${clip(profile.current_title, 200)}),
          experience_years = coalesce(experience_years,
            ${within(profile.total_experience_years, 0, 60)}::numeric),
          notice_period_days = coalesce(notice_period_days,
            ${within(profile.notice_period_days, 0, 365)}::smallint),
          current_ctc_lpa = coalesce(current_ctc_lpa,
            ${within(profile.current_ctc_lpa, 0, 99999)}::numeric),
          expected_ctc_lpa = coalesce(expected_ctc_lpa,
            ${within(profile.expected_ctc_lpa, 0, 99999)}::numeric),
          fit_scores_stale = true, skill_gap_stale = true, career_intel_stale = true,
          onboarding_completed = true
         where id = ${resume.user_id}`;
    });
    return {
      status: "success",
      records_processed: 1,
      result: {
        parse_status: "parsed",
        resume_id,
        parsed_path: parsedPath,
        skills: profile.skills.ids.length,
        persona_options: personas.map((p) => ({
          position: p.position,
          persona: p.persona,
          headline: p.headline,
        })),
      },
    };
  },
});
