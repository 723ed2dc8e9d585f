/**
 * Regenerates skills.json from the compact lists in ./source. The JSON is the source of
 * truth at runtime; this script only exists so the lists stay reviewable.
 *
 *   npx tsx shared/intelligence/taxonomy/build-taxonomy.ts > shared/intelligence/taxonomy/skills.json
 *
 * It writes to stdout (no file-system imports) so it stays runtime-neutral like the rest of
 * shared/. Alias collisions are reported on stderr; the first skill keeps the alias.
 */
import roleFamilies from "./role-families.json" with { type: "json" };
import { BUSINESS_SKILLS } from "./source/business-skills.ts";
import { TECH_SKILLS } from "./source/tech-skills.ts";
import { phraseKey } from "./tokenize.ts";
import { SkillList, type Skill } from "./schema.ts";

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/c\+\+/g, "cpp")
    .replace(/c#/g, "csharp")
    .replace(/f#/g, "fsharp")
    .replace(/(^|[^a-z0-9])\.net/g, "$1dotnet")
    .replace(/&/g, " and ")
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function buildSkills(sources: string[]): { skills: Skill[]; warnings: string[] } {
  const families = new Set(roleFamilies.map((f) => f.id));
  const byId = new Map<string, Skill>();
  const keyOwner = new Map<string, string>();
  const warnings: string[] = [];
  let category = "";
  let groupFamilies: string[] = [];

  for (const source of sources) {
    for (const rawLine of source.split("\n")) {
      const line = rawLine.trim();
      if (line.length === 0) continue;
      if (line.startsWith("@")) {
        const [cat, ...fams] = line.slice(1).split(/\s+/);
        category = cat ?? "";
        groupFamilies = fams;
        for (const f of fams) if (!families.has(f)) throw new Error(`unknown family ${f}`);
        continue;
      }
      const terms = line.split("|").map((t) => t.trim());
      const exact = terms.filter((t) => t.startsWith("!")).map((t) => t.slice(1));
      const plain = terms.map((t) => (t.startsWith("!") ? t.slice(1) : t));
      const name = plain[0] ?? "";
      const id = slugify(name);
      const existing = byId.get(id);
      const skill: Skill = existing ?? {
        id,
        name,
        aliases: [],
        category,
        role_families: [...groupFamilies],
      };
      if (existing) {
        for (const f of groupFamilies)
          if (!skill.role_families.includes(f)) skill.role_families.push(f);
      }
      for (const alias of plain.slice(1))
        if (!skill.aliases.includes(alias)) skill.aliases.push(alias);
      if (exact.length > 0)
        skill.exact_case = [...new Set([...(skill.exact_case ?? []), ...exact])];
      byId.set(id, skill);

      for (const term of plain) {
        if (exact.includes(term)) continue;
        const key = phraseKey(term);
        const owner = keyOwner.get(key);
        if (owner !== undefined && owner !== id)
          warnings.push(`"${term}" (${id}) already → ${owner}`);
        else keyOwner.set(key, id);
      }
    }
  }
  return { skills: SkillList.parse([...byId.values()]), warnings };
}

const { skills, warnings } = buildSkills([TECH_SKILLS, BUSINESS_SKILLS]);
for (const w of warnings) console.error(`alias collision: ${w}`);
console.error(`${skills.length} skills`);
console.log(`[\n${skills.map((s) => JSON.stringify(s)).join(",\n")}\n]`);
