import { detectSeniority } from "../normalise/seniority.ts";
import { parseSalary, toLpa } from "../normalise/salary.ts";
import { loadTaxonomy, type Taxonomy } from "../taxonomy/load-taxonomy.ts";
import { findContact, findHomeCity } from "./contact.ts";
import { monthsBetween, yearMonthOf } from "./dates.ts";
import { parseEducation } from "./education.ts";
import type { Profile, WorkEntry } from "./profile-schema.ts";
import { headingOf, splitSections } from "./sections.ts";
import { findSpokenLanguages } from "./spoken-languages.ts";
import { isBullet, stripBullet, toLines } from "./text-lines.ts";
import { parseWorkHistory } from "./work-history.ts";

export interface ParseResumeOptions {
  /** "Present" resolves to this date when totalling experience. Defaults to now. */
  asOf?: Date;
  taxonomy?: Taxonomy;
}

const NAME_STOP = /resume|curriculum|vitae|\bcv\b|@|\d|https?:|www\.|linkedin|github/i;

function titleCaseName(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

function findName(header: string[], all: string[]): string | null {
  for (const l of [...header.slice(0, 4), ...all.slice(0, 2)]) {
    const cleaned = l.replace(/^name\s*[:\-–]\s*/i, "").trim();
    if (NAME_STOP.test(cleaned) || headingOf(cleaned)) continue;
    const words = cleaned.split(/\s+/);
    if (words.length < 2 || words.length > 5) continue;
    if (!words.every((w) => /^[A-Za-z][A-Za-z.'-]*$/.test(w))) continue;
    return titleCaseName(cleaned);
  }
  return null;
}

function findHeadline(header: string[], name: string | null): string | null {
  for (const l of header.slice(0, 6)) {
    if (name && l.toLowerCase() === name.toLowerCase()) continue;
    if (/@|https?:|www\.|linkedin|github|\+?\d[\d\s-]{7,}/i.test(l)) continue;
    if (/^(?:address|location|phone|mobile|email|dob|date of birth)\b/i.test(l)) continue;
    const words = l.split(/\s+/).length;
    if (words >= 2 && words <= 14 && /[A-Za-z]/.test(l)) return l;
  }
  return null;
}

function statedYears(text: string): number | null {
  const m =
    /(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)(?:\s+[a-z&-]+){0,4}?\s+(?:of\s+)?(?:experience|exp\b)/i.exec(
      text,
    ) ?? /experience\s*[:\-–]\s*(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)/i.exec(text);
  return m ? Number(m[1]) : null;
}

function isInternship(e: WorkEntry): boolean {
  return /\bintern(?:ship)?\b|\bapprentice\b|\barticle(?:ship|d)?\b/i.test(e.title ?? "");
}

function computedYears(history: WorkEntry[], asOf: Date): number | null {
  const spans = history
    .filter((e) => e.start && !isInternship(e))
    .map((e) => [e.start as string, e.end ?? yearMonthOf(asOf)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (spans.length === 0) return null;
  let months = 0;
  let [curS, curE] = spans[0] as readonly [string, string];
  for (const [s, e] of spans.slice(1)) {
    if (s <= curE) curE = e > curE ? e : curE;
    else {
      months += monthsBetween(curS, curE);
      curS = s;
      curE = e;
    }
  }
  months += monthsBetween(curS, curE);
  return Math.round((Math.max(0, months) / 12) * 10) / 10;
}

function splitList(s: string): string[] {
  return s
    .split(/\s*[,;|•·●▪]\s*|\s+\/\s+|\t/)
    .map((x) => x.replace(/^[\s\-–:]+|[\s.]+$/g, "").trim())
    .filter((x) => x.length > 0 && x.length <= 60);
}

/** Skill lines without their category labels ("Languages: Java, Python" → "Java, Python"). */
function unlabelled(lines: string[], taxonomy: Taxonomy): string[] {
  return lines.map((raw) => {
    const l = stripBullet(raw);
    const labelled = /^([A-Za-z][A-Za-z &/()+-]{1,40}?)\s*(?:[:–]|\s-\s|\|)\s*(.+)$/.exec(l);
    if (!labelled) return l;
    const rest = labelled[2] ?? "";
    // A label is a category heading: it introduces a list, or names no skill itself.
    const isLabel = /[,;|]/.test(rest) || taxonomy.matcher.match(labelled[1] ?? "").length === 0;
    return isLabel ? rest : l;
  });
}

function skillsRaw(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    for (const item of splitList(l)) {
      if (!out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
    }
  }
  return out;
}

function parseProjects(lines: string[]): { name: string; description: string }[] {
  const out: { name: string; description: string }[] = [];
  for (const l of lines) {
    if (!isBullet(l) && /^[A-Z0-9"]/.test(l) && l.length <= 120) {
      const m = /^(.{2,70}?)\s*(?:\s[|–—-]\s|:\s)\s*(.*)$/.exec(l);
      out.push({ name: (m?.[1] ?? l).trim(), description: (m?.[2] ?? "").trim() });
    } else if (out.length > 0) {
      const p = out[out.length - 1] as { name: string; description: string };
      p.description = `${p.description} ${stripBullet(l)}`.trim();
    }
  }
  return out;
}

function noticeDays(text: string): number | null {
  const line = /notice\s+period\s*[:\-–]?\s*([^\n|]{1,40})/i.exec(text)?.[1];
  if (
    /immediate(?:ly)?\s+joiner|available\s+immediately|can\s+join\s+immediately/i.test(text) &&
    !line
  )
    return 0;
  if (!line) return null;
  if (/immediate/i.test(line)) return 0;
  const n = /(\d{1,3})\s*(day|week|month)/i.exec(line);
  if (!n) return null;
  const v = Number(n[1]);
  const unit = (n[2] ?? "").toLowerCase();
  return unit === "day" ? v : unit === "week" ? v * 7 : v * 30;
}

function ctc(text: string, kind: "current" | "expected"): number | null {
  const label =
    kind === "current"
      ? String.raw`(?:current\s+ctc|cctc|present\s+ctc|current\s+salary)`
      : String.raw`(?:expected\s+ctc|ectc|expected\s+salary)`;
  const m = new RegExp(`${label}\\s*[:\\-–]?\\s*([^\\n|]{1,40})`, "i").exec(text);
  if (!m) return null;
  const s = parseSalary(m[1] ?? "");
  const v = s?.min ?? s?.max ?? null;
  return v === null ? null : toLpa(v);
}

export function parseResume(text: string, options: ParseResumeOptions = {}): Profile {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const asOf = options.asOf ?? new Date();
  const lines = toLines(text);
  const sec = splitSections(lines);
  const headerText = [...sec.header, ...sec.get("contact"), ...sec.get("personal")].join("\n");
  const contact = findContact(lines.join("\n"), headerText);
  const name = findName(sec.header, lines);
  const work_history = parseWorkHistory(sec.get("experience"));
  const current = work_history.find((e) => e.end === null && e.start !== null) ?? null;
  const latest = current ?? work_history[0] ?? null;
  const summaryText = [...sec.header, ...sec.get("summary")].join("\n");
  const fresher = /\bfresher\b/i.test(summaryText) && work_history.every(isInternship);
  const total_experience_years =
    statedYears(summaryText) ?? computedYears(work_history, asOf) ?? (fresher ? 0 : null);

  const skillLines = unlabelled(sec.get("skills"), taxonomy);
  // With no skills section, skills named anywhere in the résumé are still facts about it.
  const skillText = skillLines.length ? skillLines.join("\n") : lines.join("\n");
  const certLines = sec.get("certifications");
  const certifications = (
    sec.inline("certifications").length ? certLines.flatMap(splitList) : certLines
  )
    .map(stripBullet)
    .filter((c) => c.length > 2);

  const languageLines = [
    ...sec.get("languages"),
    ...sec.get("personal").filter((l) => /language/i.test(l)),
  ];

  return {
    name,
    email: contact.email,
    phone: contact.phone,
    city: findHomeCity([...sec.header, ...sec.get("contact")], sec.get("personal")),
    links: { linkedin: contact.linkedin, github: contact.github, portfolio: contact.portfolio },
    headline: findHeadline(sec.header, name),
    total_experience_years,
    current_title: current?.title ?? null,
    current_company: current?.company ?? null,
    seniority: detectSeniority(latest?.title ?? null, total_experience_years),
    work_history,
    education: parseEducation(sec.get("education")),
    skills: { ids: taxonomy.matcher.match(skillText), raw: skillsRaw(skillLines) },
    certifications,
    projects: parseProjects(sec.get("projects")),
    languages: findSpokenLanguages(languageLines.join(" ")),
    notice_period_days: noticeDays(text),
    current_ctc_lpa: ctc(text, "current"),
    expected_ctc_lpa: ctc(text, "expected"),
  };
}
