import { CITIES, type City } from "./cities.ts";

export type WorkMode = "remote" | "hybrid" | "onsite";

export interface ParsedLocation {
  /** Canonical city ids in order of mention. */
  cities: string[];
  work_mode: WorkMode | null;
  /** A remote role someone living anywhere in India can take. */
  remote_india: boolean;
  /** "PAN India" postings: many cities, none named. */
  pan_india: boolean;
}

const cityById = new Map(CITIES.map((c) => [c.id, c]));
const aliasToId = new Map<string, string>();
for (const c of CITIES) for (const a of c.aliases) aliasToId.set(a, c.id);
// Longest alias first so "Navi Mumbai" wins over "Mumbai" and "Greater Noida" over "Noida".
const aliasesByLength = [...aliasToId.keys()].sort((a, b) => b.length - a.length);
const CITY_RE = new RegExp(
  `(?<![a-z])(${aliasesByLength.map((a) => a.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|")})(?![a-z])`,
  "gi",
);

const REMOTE_RE =
  /\bremote\b|work\s+from\s+home|\bwfh\b|work-from-home|\btelecommut|anywhere\s+in\s+india|fully\s+distributed/i;
const HYBRID_RE = /\bhybrid\b|\bflexi(?:ble)?\s+(?:work|office)\b/i;
const ONSITE_RE =
  /\bon-?\s?site\b|work\s+from\s+office|\bwfo\b|\bin[\s-]office\b|office[\s-]based/i;
const INDIA_RE = /\bindia\b|\bindian\b|\bpan[\s-]india\b|\bist\b/i;
const FOREIGN_ONLY_RE =
  /\b(?:us|usa|united\s+states|uk|united\s+kingdom|europe|eu|emea|canada|australia|singapore|uae|dubai|latam|germany|philippines)\b[\s-]*(?:only|based|residents?|time\s*zones?|citizens)|\bremote\s*[-(,]\s*(?:us|usa|uk|eu|europe|canada|emea)\b/i;

export function findCities(text: string): string[] {
  const out: string[] = [];
  CITY_RE.lastIndex = 0;
  for (let m = CITY_RE.exec(text); m !== null; m = CITY_RE.exec(text)) {
    const id = aliasToId.get((m[1] ?? "").toLowerCase());
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export function detectWorkMode(text: string): WorkMode | null {
  if (HYBRID_RE.test(text)) return "hybrid";
  if (REMOTE_RE.test(text)) return "remote";
  if (ONSITE_RE.test(text)) return "onsite";
  return null;
}

export function parseLocation(text: string): ParsedLocation {
  const cities = findCities(text);
  const work_mode = detectWorkMode(text);
  const pan_india = /\bpan[\s-]?india\b|\bacross\s+india\b|multiple\s+locations\s+in\s+india/i.test(
    text,
  );
  const remoteMentioned = REMOTE_RE.test(text);
  const foreignOnly = FOREIGN_ONLY_RE.test(text) && !/anywhere\s+in\s+india/i.test(text);
  const remote_india =
    remoteMentioned &&
    work_mode === "remote" &&
    !foreignOnly &&
    (INDIA_RE.test(text) || !/\b(?:us|usa|uk|europe|emea|apac|global)\b/i.test(text));
  return { cities, work_mode, remote_india, pan_india };
}

export function cityName(id: string): string | null {
  return cityById.get(id)?.name ?? null;
}

export function cityInfo(id: string): City | null {
  return cityById.get(id) ?? null;
}

/** True when two city ids are the same place for commuting: equal, or one is the
 * "Delhi NCR" region the other belongs to. Cities inside NCR are not interchangeable. */
export function sameArea(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = cityById.get(a);
  const cb = cityById.get(b);
  if (!ca || !cb) return false;
  return (
    (a === "delhi_ncr" && cb.region === "delhi_ncr") ||
    (b === "delhi_ncr" && ca.region === "delhi_ncr")
  );
}
