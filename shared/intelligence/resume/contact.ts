import { findCities } from "../normalise/location.ts";
import { findPhone } from "../normalise/phone.ts";

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const LINKEDIN_RE = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([A-Za-z0-9_%-]+)/i;
const GITHUB_RE = /(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9-]+)/i;
const URL_RE =
  /(?<![A-Za-z0-9.@-])(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.(?:com|in|io|dev|me|net|org|co|xyz|site|app|page|design|tech|info)(?![A-Za-z0-9-])(?:\/[^\s|,]*)?/gi;
const NOT_PORTFOLIO = /linkedin\.com|github\.com|credly|coursera|udemy|google\.com/i;

export interface Contact {
  email: string | null;
  phone: string | null;
  linkedin: string | null;
  github: string | null;
  portfolio: string | null;
}

export function findContact(allText: string, headerText: string): Contact {
  const email = EMAIL_RE.exec(allText)?.[0] ?? null;
  // Phones live in the header or contact block; scanning the whole résumé would pick up
  // figures like "₹1,20,00,000 pipeline".
  const phone = findPhone(headerText.replace(EMAIL_RE, " ")) ?? null;
  const li = LINKEDIN_RE.exec(allText);
  const gh = GITHUB_RE.exec(allText);
  let portfolio: string | null = null;
  const noEmails = headerText.replace(new RegExp(EMAIL_RE.source, "g"), " ");
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(noEmails); m !== null; m = URL_RE.exec(noEmails)) {
    const url = m[0];
    if (NOT_PORTFOLIO.test(url)) continue;
    portfolio = /^https?:\/\//i.test(url) ? url : `https://${url}`;
    break;
  }
  return {
    email,
    phone,
    linkedin: li ? `https://www.linkedin.com/in/${li[1]}` : null,
    github: gh ? `https://github.com/${gh[1]}` : null,
    portfolio,
  };
}

/** The city the person lives in: an explicit "Location/Address" line first, then the header. */
export function findHomeCity(headerLines: string[], personalLines: string[]): string | null {
  const labelled = [...headerLines, ...personalLines].filter((l) =>
    /\b(?:location|address|city|based\s+in|residence|current\s+location)\b/i.test(l),
  );
  for (const l of labelled) {
    const c = findCities(l);
    if (c[0]) return c[0];
  }
  // Contact lines ("Pune | +91 ... | a@b.com") commonly carry the city.
  for (const l of headerLines) {
    const c = findCities(l.replace(EMAIL_RE, " "));
    if (c[0]) return c[0];
  }
  return null;
}
