/**
 * Answers for a question, never a guess: answer memory first, then explicit facts (and for
 * standard fields the parsed résumé). Knock-out questions take only what the user gave
 * (memory not marked `inferred`, the facts block, the user's own profile settings).
 */
import type { Applicant } from "./applicant.ts";
import type { Question } from "./questions.ts";

export type AnswerValue = string | number | boolean;

export type Resolution =
  | {
      ok: true;
      value: AnswerValue;
      source: "memory" | "facts" | "profile" | "file";
      decline?: boolean;
    }
  | { ok: false; reason: string };

const none = (reason: string): Resolution => ({ ok: false, reason });
const from = (
  value: AnswerValue | null | undefined,
  source: "facts" | "profile",
): Resolution | null =>
  value === null || value === undefined || value === "" ? null : { ok: true, value, source };

function splitName(name: string | null | undefined): { first?: string; last?: string } {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  return { first: parts[0], last: parts.length > 1 ? parts.slice(1).join(" ") : undefined };
}

function skillYears(applicant: Applicant, skill: string): number | undefined {
  const want = skill.toLowerCase().replace(/[^a-z0-9+#]/g, "");
  for (const [k, v] of Object.entries(applicant.facts.skill_years ?? {})) {
    if (k.toLowerCase().replace(/[^a-z0-9+#]/g, "") === want) return v;
  }
  return undefined;
}

function fromMemory(applicant: Applicant, question: Question): Resolution | null {
  const keys = [question.key, `q:${question.text.toLowerCase()}`];
  for (const key of keys) {
    const hit = applicant.memory.get(key);
    if (!hit) continue;
    if (question.knockout && hit.source === "inferred") continue;
    return { ok: true, value: hit.answer, source: "memory" };
  }
  return null;
}

/** The answer to `question`, or why there is none. */
export function resolveAnswer(question: Question, applicant: Applicant): Resolution {
  const { profile, facts } = applicant;
  if (question.kind === "resume") return { ok: true, value: applicant.resume.name, source: "file" };
  if (question.kind === "cover_letter") {
    if (!applicant.coverLetter) return none("no cover letter for this application");
    return {
      ok: true,
      value: applicant.coverLetter.text ?? applicant.coverLetter.name,
      source: "file",
    };
  }
  const memory = fromMemory(applicant, question);
  if (memory) return memory;
  const name = splitName(facts.full_name ?? profile.name);
  const answer = (() => {
    switch (question.kind) {
      case "first_name":
        return from(facts.first_name, "facts") ?? from(name.first, "profile");
      case "last_name":
        return from(facts.last_name, "facts") ?? from(name.last, "profile");
      case "full_name":
        return (
          from(facts.full_name, "facts") ??
          (facts.first_name && facts.last_name
            ? from(`${facts.first_name} ${facts.last_name}`, "facts")
            : null) ??
          from(profile.name, "profile")
        );
      case "email":
        return from(facts.email, "facts") ?? from(profile.email, "profile");
      case "phone":
        return from(facts.phone, "facts") ?? from(profile.phone, "profile");
      case "phone_country": {
        const code = /^\s*\+(\d{1,3})/.exec(facts.phone ?? profile.phone ?? "")?.[1];
        return code ? from(`+${code}`, "profile") : null;
      }
      case "linkedin":
        return from(profile.links.linkedin, "profile");
      case "github":
        return from(profile.links.github, "profile");
      case "portfolio":
        return from(profile.links.portfolio, "profile");
      case "city":
        return from(facts.city, "facts") ?? from(profile.city, "profile");
      case "current_company":
        return from(facts.current_company, "facts") ?? from(profile.current_company, "profile");
      case "current_title":
        return from(facts.current_title, "facts") ?? from(profile.current_title, "profile");
      case "headline":
        return from(profile.headline, "profile");
      case "total_experience":
        return (
          from(facts.total_experience_years, "facts") ??
          from(profile.total_experience_years, "profile")
        );
      // Knock-outs: facts the user stated (the résumé's own "Notice period: 30 days" line
      // counts as stated; nothing is derived from work history).
      case "work_authorization":
        return /\b(us|usa|united states|uk|united kingdom|canada|europe|eu|germany|singapore|australia)\b/i.test(
          question.text,
        )
          ? null
          : from(facts.work_authorized, "facts");
      case "sponsorship":
        return from(facts.requires_sponsorship, "facts");
      case "skill_years":
        return from(skillYears(applicant, question.skill ?? ""), "facts");
      case "notice_period":
        return (
          from(facts.notice_period_days, "facts") ?? from(profile.notice_period_days, "profile")
        );
      case "current_ctc":
        return from(facts.current_ctc_lpa, "facts") ?? from(profile.current_ctc_lpa, "profile");
      case "expected_ctc":
        return from(facts.expected_ctc_lpa, "facts") ?? from(profile.expected_ctc_lpa, "profile");
      case "relocation":
        return from(facts.willing_to_relocate, "facts");
      case "criminal_record":
        return from(facts.criminal_record, "facts");
      case "disability":
        return from(facts.disability, "facts");
      case "eeo":
        if (/gender/i.test(question.text)) return from(facts.gender, "facts");
        if (/veteran/i.test(question.text)) return from(facts.veteran, "facts");
        if (/disabilit/i.test(question.text)) return from(facts.disability, "facts");
        return null;
      default:
        return null;
    }
  })();
  if (answer) return answer;
  return none(
    question.knockout ? "a knock-out question with no fact from the user" : "no fact answers it",
  );
}

/** Days a notice-period option stands for: [min, max]. */
function noticeRange(option: string): [number, number] | null {
  const o = option.toLowerCase();
  if (/immediate|serving|^0\b/.test(o)) return [0, 0];
  const n = Number(/(\d+)/.exec(o)?.[1]);
  if (!Number.isFinite(n)) return null;
  const days = /month/.test(o) ? n * 30 : /week/.test(o) ? n * 7 : n;
  if (/or less|or below|less than|within|upto|up to/.test(o)) return [0, days];
  if (/more than|above|over|\+/.test(o)) return [days + 1, Infinity];
  return [days, days];
}

const YES = /^(yes|y|true|i am|i do|i have|i will)\b/i;
const NO = /^(no|n|false|i am not|i do not|i don'?t|i have not|i will not)\b/i;
const DECLINE = /decline|don'?t wish|do not wish|prefer not|not to (say|answer|disclose)/i;

/**
 * The option (its visible text) that says `value`, or null when none does exactly enough:
 * yes/no for booleans, the range containing a notice period, a unique text match.
 */
export function matchOption(
  value: AnswerValue,
  options: string[],
  question: Question,
): string | null {
  const clean = options.map((o) => o.trim()).filter(Boolean);
  const bool =
    typeof value === "boolean"
      ? value
      : YES.test(String(value))
        ? true
        : NO.test(String(value))
          ? false
          : null;
  if (bool !== null && clean.some((o) => YES.test(o)) && clean.some((o) => NO.test(o))) {
    return clean.find((o) => (bool ? YES.test(o) && !NO.test(o) : NO.test(o))) ?? null;
  }
  if (question.kind === "notice_period") {
    const days = typeof value === "number" ? value : Number(/(\d+)/.exec(String(value))?.[1]);
    if (Number.isFinite(days)) {
      const hits = clean.filter((o) => {
        const r = noticeRange(o);
        return r !== null && days >= r[0] && days <= r[1];
      });
      if (hits.length >= 1) return hits[0]!;
    }
  }
  const v = String(value).trim().toLowerCase();
  const exact = clean.filter((o) => o.toLowerCase() === v);
  if (exact.length === 1) return exact[0]!;
  const contains = clean.filter((o) => o.toLowerCase().includes(v) || v.includes(o.toLowerCase()));
  return contains.length === 1 ? contains[0]! : null;
}

/** The "I don't wish to answer" option of a voluntary question, if it has one. */
export function declineOption(options: string[]): string | null {
  return options.find((o) => DECLINE.test(o)) ?? null;
}

/** How a resolved value is written into a text box. */
export function asText(value: AnswerValue, question: Question): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number")
    return question.kind === "notice_period" ? String(value) : String(value);
  return value;
}
