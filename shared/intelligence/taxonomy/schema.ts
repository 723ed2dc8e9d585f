import { z } from "zod";

export const SKILL_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Skill = z.object({
  id: z.string().regex(SKILL_ID_RE),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  category: z.string().min(1),
  role_families: z.array(z.string().min(1)).min(1),
  /** Terms (name or alias) that only match in this exact case: "Go", "R", "C". */
  exact_case: z.array(z.string().min(1)).optional(),
});
export type Skill = z.infer<typeof Skill>;

export const RoleFamily = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string().min(1),
  title_keywords: z.array(z.string().min(1)).min(1),
  adjacent: z.array(z.string()),
});
export type RoleFamily = z.infer<typeof RoleFamily>;

export const SkillList = z.array(Skill).min(1);
export const RoleFamilyList = z.array(RoleFamily).min(1);
