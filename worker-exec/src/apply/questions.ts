/**
 * What a form field asks, from its label, name, `autocomplete` and type. Standard fields map
 * to profile facts; knock-out questions (work authorisation, sponsorship, years of a skill,
 * notice period, CTC, relocation, criminal record, disability) are flagged so that only
 * facts the user gave answer them; anything else is a free question keyed by its text.
 */
export type QuestionKind =
  | "resume"
  | "cover_letter"
  | "first_name"
  | "last_name"
  | "full_name"
  | "email"
  | "phone_country"
  | "phone"
  | "linkedin"
  | "github"
  | "portfolio"
  | "city"
  | "current_company"
  | "current_title"
  | "headline"
  | "total_experience"
  | "work_authorization"
  | "sponsorship"
  | "skill_years"
  | "notice_period"
  | "current_ctc"
  | "expected_ctc"
  | "relocation"
  | "criminal_record"
  | "disability"
  | "eeo"
  | "free";

export const KNOCKOUT_KINDS: ReadonlySet<QuestionKind> = new Set([
  "work_authorization",
  "sponsorship",
  "skill_years",
  "notice_period",
  "current_ctc",
  "expected_ctc",
  "relocation",
  "criminal_record",
  "disability",
]);

export interface FieldHints {
  label: string;
  name?: string;
  autocomplete?: string;
  type?: string;
  placeholder?: string;
  /** Inside a voluntary self-identification (EEO) block. */
  inEeo?: boolean;
}

export interface Question {
  kind: QuestionKind;
  /** The answer-memory key: the kind (plus skill/city), or `q:<normalised text>`. */
  key: string;
  text: string;
  knockout: boolean;
  skill?: string;
  city?: string;
}

/** Lower case, punctuation and "required" marks gone, single spaces. */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(required\)|\*|✱/g, " ")
    .replace(/[^\p{L}\p{N}+#.]+/gu, " ")
    .replace(/\.(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 280);
}

function q(kind: QuestionKind, text: string, extra: Partial<Question> = {}): Question {
  const key = extra.skill
    ? `skill_years:${extra.skill}`
    : extra.city
      ? `relocation:${extra.city}`
      : kind === "free" || kind === "eeo"
        ? `q:${normaliseQuestion(text)}`
        : kind;
  return { kind, key, text: text.trim(), knockout: KNOCKOUT_KINDS.has(kind), ...extra };
}

const SKILL_YEARS =
  /(?:years?|yrs)\b.*?\b(?:experience|exp)\b.*?\b(?:with|in|using|of|on)\s+(.+?)\s*\??$|how many years.*?\b(?:with|in|using|on)\s+(.+?)\s*\??$/i;

export function classifyQuestion(hints: FieldHints): Question {
  const label = hints.label
    .replace(/\s+/g, " ")
    .replace(/\s*(\*|✱|\(required\))\s*$/i, "")
    .trim();
  const text = label || hints.placeholder || hints.name || "";
  const l = normaliseQuestion(text);
  const n = (hints.name ?? "").toLowerCase();
  const ac = (hints.autocomplete ?? "").toLowerCase();
  const type = (hints.type ?? "").toLowerCase();
  const ph = (hints.placeholder ?? "").toLowerCase();

  if (type === "file") {
    if (/cover/.test(l) || /cover/.test(n)) return q("cover_letter", text);
    return q("resume", text);
  }
  if (hints.inEeo || /\b(gender|veteran|race|ethnicity|sexual orientation|pronoun)/.test(l)) {
    return q("eeo", text);
  }
  if (/cover letter/.test(l) || /cover letter/.test(ph)) return q("cover_letter", text);
  if (/sponsor/.test(l)) return q("sponsorship", text);
  if (
    /authori[sz]ed to work|work authori[sz]ation|eligible to work|right to work|legally (allowed|permitted) to work/.test(
      l,
    )
  ) {
    return q("work_authorization", text);
  }
  if (/criminal|convicted|felony/.test(l)) return q("criminal_record", text);
  if (/disabilit/.test(l)) return q("disability", text);
  if (/notice period|how soon can you join|joining time|earliest (start|joining)/.test(l)) {
    return q("notice_period", text);
  }
  if (/expected (ctc|salary|compensation|pay)|(salary|ctc|compensation) expectation/.test(l)) {
    return q("expected_ctc", text);
  }
  if (/current (ctc|salary|compensation|pay)|present (ctc|salary)/.test(l))
    return q("current_ctc", text);
  if (/relocat|commut/.test(l)) {
    const city = /relocat\w* to ([a-z][a-z ]+?)(?:\s|$)/.exec(l)?.[1]?.trim();
    return q("relocation", text, city ? { city } : {});
  }
  const skill = SKILL_YEARS.exec(label);
  const skillName = (skill?.[1] ?? skill?.[2])?.replace(/[?.]+$/, "").trim();
  if (skillName && !/^(work|total|overall|professional|relevant)\b/i.test(skillName)) {
    return q("skill_years", text, { skill: skillName.toLowerCase() });
  }
  if (
    /(total|overall|professional|work) (years of )?experience|years of (total |work |professional )?experience|total_experience/.test(
      l + " " + n,
    )
  ) {
    return q("total_experience", text);
  }
  if (/country code/.test(l)) return q("phone_country", text);
  if (
    /first name|given name|^first$/.test(l) ||
    ac === "given-name" ||
    /^first_?name$|firstname/.test(n)
  ) {
    return q("first_name", text);
  }
  if (
    /last name|surname|family name/.test(l) ||
    ac === "family-name" ||
    /^last_?name$|lastname/.test(n)
  ) {
    return q("last_name", text);
  }
  if (/e ?mail/.test(l) || ac === "email" || type === "email") return q("email", text);
  if (/phone|mobile|contact number/.test(l) || ac === "tel" || type === "tel")
    return q("phone", text);
  if (/linkedin/.test(l) || /linkedin/.test(n)) return q("linkedin", text);
  if (/github/.test(l) || /github/.test(n)) return q("github", text);
  if (/portfolio|personal (web)?site|website/.test(l) || /portfolio/.test(n))
    return q("portfolio", text);
  if (
    /^(full )?name$|your name|full name|applicant name|^name \*?$/.test(l) ||
    ac === "name" ||
    n === "name"
  ) {
    return q("full_name", text);
  }
  if (/current (company|employer|organi[sz]ation)|^company$|^employer$/.test(l) || n === "org") {
    return q("current_company", text);
  }
  if (/current (title|designation|role|job title)/.test(l)) return q("current_title", text);
  if (/^headline$/.test(l)) return q("headline", text);
  if (
    /\bcity\b|current location|^location$|where do you live|where are you based/.test(l) ||
    ac === "address-level2"
  ) {
    return q("city", text);
  }
  return q("free", text);
}
