import roleFamiliesJson from "./role-families.json" with { type: "json" };
import skillsJson from "./skills.json" with { type: "json" };
import { RoleFamilyList, SkillList, type RoleFamily, type Skill } from "./schema.ts";
import { compileSkillMatcher, type SkillMatcher } from "./skill-matcher.ts";

export interface Taxonomy {
  skills: readonly Skill[];
  roleFamilies: readonly RoleFamily[];
  skillById: ReadonlyMap<string, Skill>;
  /** Dense index per skill id; fit scoring uses it for bitsets. */
  skillIndex: ReadonlyMap<string, number>;
  familyById: ReadonlyMap<string, RoleFamily>;
  matcher: SkillMatcher;
}

let cached: Taxonomy | null = null;

/** Builds a taxonomy from raw data, validating it. Exposed for tests with small data. */
export function buildTaxonomy(skillsData: unknown, familiesData: unknown): Taxonomy {
  const skills = SkillList.parse(skillsData);
  const roleFamilies = RoleFamilyList.parse(familiesData);
  const familyById = new Map(roleFamilies.map((f) => [f.id, f]));
  for (const f of roleFamilies) {
    for (const a of f.adjacent) {
      if (!familyById.has(a)) throw new Error(`role family ${f.id}: unknown adjacent ${a}`);
    }
  }
  const skillById = new Map<string, Skill>();
  for (const s of skills) {
    if (skillById.has(s.id)) throw new Error(`duplicate skill id ${s.id}`);
    for (const f of s.role_families) {
      if (!familyById.has(f)) throw new Error(`skill ${s.id}: unknown role family ${f}`);
    }
    skillById.set(s.id, s);
  }
  return {
    skills,
    roleFamilies,
    skillById,
    skillIndex: new Map(skills.map((s, i) => [s.id, i])),
    familyById,
    matcher: compileSkillMatcher(skills),
  };
}

/** The shipped taxonomy, validated and compiled once per process. */
export function loadTaxonomy(): Taxonomy {
  cached ??= buildTaxonomy(skillsJson, roleFamiliesJson);
  return cached;
}
