/**
 * Tokeniser shared by the skill matcher and the taxonomy build, so aliases and free text
 * are cut the same way. Tokens keep `+ # . &` because they carry meaning in "C++", "C#",
 * ".NET", "Node.js" and "R&D"; separators like "/" and "-" split ("CI/CD" → ci, cd).
 */
const TOKEN_RE = /[A-Za-z0-9+#.&]+/g;

export interface Token {
  /** Lowercased form used for lookups. */
  key: string;
  /** Original spelling, needed for exact-case aliases such as "Go" or "R". */
  raw: string;
  /** True when list punctuation (, ; | ( ) :) separates this token from the previous one,
   * so "Android, Jetpack Compose" never reads as "Android Jetpack". */
  brk: boolean;
}

// "/" is not a break: it joins the halves of "CI/CD", "UI/UX" and "PL/SQL".
const BREAK_CHARS = new Set([",", ";", "|", "(", ")", "[", "]", ":", "•", "·"]);

function trimToken(raw: string): string {
  let start = 0;
  let end = raw.length;
  // A trailing dot is sentence punctuation ("...and Python."), never part of a skill.
  while (end > start && raw.charCodeAt(end - 1) === 46) end--;
  // A leading dot survives only for forms like ".NET"; "..net" or "." alone are noise.
  while (start < end && raw.charCodeAt(start) === 46) {
    const next = raw.charCodeAt(start + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (start + 1 < end && isLetter && raw.charCodeAt(start + 1) !== 46 && start === 0) break;
    start++;
  }
  return raw.slice(start, end);
}

function hasAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** Splits text into tokens. Punctuation-only pieces ("&", "+") are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const lower = text.toLowerCase();
  // Lowercasing can change length for a few non-ASCII letters; then lowercase per token.
  const aligned = lower.length === text.length;
  TOKEN_RE.lastIndex = 0;
  let prevEnd = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let brk = false;
    for (let i = prevEnd; i < m.index; i++) {
      if (BREAK_CHARS.has(text.charAt(i))) {
        brk = true;
        break;
      }
    }
    prevEnd = m.index + m[0].length;
    const raw = trimToken(m[0]);
    if (raw.length === 0 || !hasAlnum(raw)) continue;
    const offset = m[0].indexOf(raw);
    const key = aligned
      ? lower.slice(m.index + offset, m.index + offset + raw.length)
      : raw.toLowerCase();
    out.push({ key, raw, brk });
  }
  return out;
}

/** Lookup key for a phrase: its token keys joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(" ");
}
