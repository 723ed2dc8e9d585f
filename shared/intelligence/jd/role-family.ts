import type { Taxonomy } from "../taxonomy/load-taxonomy.ts";

const GENERIC_FAMILIES = new Set(["software_engineering"]);

interface Keyword {
  id: string;
  keyword: string;
  re: RegExp;
}

const compiled = new WeakMap<Taxonomy, Keyword[]>();

function compiledKeywords(taxonomy: Taxonomy): Keyword[] {
  let list = compiled.get(taxonomy);
  if (!list) {
    list = taxonomy.roleFamilies.flatMap((f) =>
      f.title_keywords.map((kw) => {
        const k = kw.toLowerCase();
        const escaped = k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
        return { id: f.id, keyword: k, re: new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`) };
      }),
    );
    compiled.set(taxonomy, list);
  }
  return list;
}

/**
 * Role family from the job title's keywords (the longest keyword wins, so "data engineer"
 * beats "engineer"), falling back to the family most of the skills belong to.
 */
export function detectRoleFamily(
  title: string,
  skillIds: readonly string[],
  taxonomy: Taxonomy,
): string | null {
  const t = ` ${title
    .toLowerCase()
    .replace(/[^a-z0-9&/+.\s-]/g, " ")
    .replace(/\s+/g, " ")} `;
  let best: { id: string; len: number } | null = null;
  let generic: string | null = null;
  for (const { id, keyword, re } of compiledKeywords(taxonomy)) {
    if (!re.test(t)) continue;
    // "Developer" and "Software Engineer" say little when "Backend" or "iOS" is also there.
    if (GENERIC_FAMILIES.has(id)) generic ??= id;
    else if (!best || keyword.length > best.len) best = { id, len: keyword.length };
  }
  if (best) return best.id;
  if (generic) return generic;
  const votes = new Map<string, number>();
  for (const id of skillIds) {
    const s = taxonomy.skillById.get(id);
    // A skill's first family is its home; later ones are cross-listings.
    const home = s?.role_families[0];
    if (home) votes.set(home, (votes.get(home) ?? 0) + 1);
  }
  let top: string | null = null;
  let n = 0;
  for (const [f, v] of votes) if (v > n) [top, n] = [f, v];
  return top;
}
