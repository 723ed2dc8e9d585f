/** Spoken languages résumés list under "Languages Known". */
export const SPOKEN_LANGUAGES = [
  "English",
  "Hindi",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Marathi",
  "Bengali",
  "Bangla",
  "Gujarati",
  "Punjabi",
  "Odia",
  "Oriya",
  "Urdu",
  "Assamese",
  "Konkani",
  "Sanskrit",
  "Sindhi",
  "Kashmiri",
  "Nepali",
  "Maithili",
  "Tulu",
  "Bhojpuri",
  "French",
  "German",
  "Spanish",
  "Japanese",
  "Mandarin",
  "Chinese",
  "Arabic",
  "Korean",
  "Russian",
  "Italian",
  "Portuguese",
] as const;

export const SPOKEN_LANGUAGE_RE = new RegExp(`\\b(${SPOKEN_LANGUAGES.join("|")})\\b`, "gi");

/** Languages named in the text, title-cased, in order, without duplicates. */
export function findSpokenLanguages(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPOKEN_LANGUAGE_RE)) {
    const w = m[1] ?? "";
    const lang = w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    if (!out.includes(lang)) out.push(lang);
  }
  return out;
}
