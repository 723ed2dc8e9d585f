import { z } from "zod";
import type { Taxonomy } from "../taxonomy/load-taxonomy.ts";
import resourcesJson from "./learning-resources.json" with { type: "json" };

export const LearningResource = z.object({
  title: z.string().min(1),
  url: z.string().url().startsWith("https://"),
  provider: z.string().min(1),
});
export type LearningResource = z.infer<typeof LearningResource>;
export const LearningResourceList = z.array(
  z.object({ skill_id: z.string().min(1), resources: z.array(LearningResource).min(1) }),
);

let resourceIndex: Map<string, LearningResource[]> | null = null;

/** Curated, well-known resources by skill id. Skills without one get none, never a guess. */
export function learningResources(): ReadonlyMap<string, LearningResource[]> {
  resourceIndex ??= new Map(
    LearningResourceList.parse(resourcesJson).map((r) => [r.skill_id, r.resources]),
  );
  return resourceIndex;
}

// Rough hours to job-ready basics from zero, by category; a skill next to ones you know
// takes less.
const BASE_HOURS: Record<string, number> = {
  programming_language: 80,
  frontend_framework: 40,
  backend_framework: 50,
  mobile: 60,
  database: 30,
  cloud: 30,
  devops: 35,
  networking: 40,
  security: 50,
  data_engineering: 45,
  analytics: 20,
  ml_ai: 60,
  testing: 25,
  embedded: 60,
  blockchain: 50,
  tooling: 10,
  erp: 60,
  accounting_tax: 40,
  operations: 25,
  hr: 20,
  customer_support: 15,
  sales: 20,
  marketing: 25,
  product: 25,
  design: 30,
  business_analysis: 25,
  consulting: 30,
  soft_skill: 15,
  office: 10,
  content: 20,
  teaching: 30,
  core_engineering: 60,
};

export interface SkillGap {
  skill_id: string;
  name: string;
  category: string;
  /** Jobs (in the sample given) asking for the skill. */
  demand: number;
  /** demand relative to the most-demanded missing skill, 0–1. */
  demand_share: number;
  /** 1 = same category as a skill you have, 0.6 = same role family, 0.2 = new ground. */
  closeness: number;
  score: number;
  est_hours: number;
  resources: LearningResource[];
}

export function rankSkillGaps(
  userSkillIds: readonly string[],
  jobsSkillCounts: Readonly<Record<string, number>> | ReadonlyMap<string, number>,
  taxonomy: Taxonomy,
  options: { limit?: number } = {},
): SkillGap[] {
  const have = new Set(userSkillIds);
  const categories = new Set<string>();
  const families = new Set<string>();
  for (const id of have) {
    const s = taxonomy.skillById.get(id);
    if (!s) continue;
    categories.add(s.category);
    for (const f of s.role_families) families.add(f);
  }
  const entries =
    jobsSkillCounts instanceof Map ? [...jobsSkillCounts] : Object.entries(jobsSkillCounts);
  const missing = entries.filter(([id, n]) => !have.has(id) && n > 0 && taxonomy.skillById.has(id));
  const top = Math.max(1, ...missing.map(([, n]) => n));
  const resources = learningResources();
  const gaps = missing.map(([id, n]): SkillGap => {
    const s = taxonomy.skillById.get(id) as NonNullable<ReturnType<typeof taxonomy.skillById.get>>;
    const closeness = categories.has(s.category)
      ? 1
      : s.role_families.some((f) => families.has(f))
        ? 0.6
        : 0.2;
    const demand_share = n / top;
    const base = BASE_HOURS[s.category] ?? 30;
    const factor = closeness === 1 ? 0.6 : closeness === 0.6 ? 0.8 : 1;
    return {
      skill_id: id,
      name: s.name,
      category: s.category,
      demand: n,
      demand_share,
      closeness,
      score: Math.round((0.6 * demand_share + 0.4 * closeness) * 1000) / 1000,
      est_hours: Math.max(5, Math.round((base * factor) / 5) * 5),
      resources: resources.get(id) ?? [],
    };
  });
  gaps.sort(
    (a, b) => b.score - a.score || b.demand - a.demand || a.skill_id.localeCompare(b.skill_id),
  );
  return gaps.slice(0, options.limit ?? 20);
}
