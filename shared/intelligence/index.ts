/** Talvix intelligence: deterministic, offline parsing, normalising and scoring. */
export { loadTaxonomy, buildTaxonomy, type Taxonomy } from "./taxonomy/load-taxonomy.ts";
export { Skill, RoleFamily } from "./taxonomy/schema.ts";
export { compileSkillMatcher, type SkillMatcher, type SkillHit } from "./taxonomy/skill-matcher.ts";
export { tokenize, type Token } from "./taxonomy/tokenize.ts";

export * from "./normalise/index.ts";

export { extractResumeText, type ExtractResult, type ResumeSource } from "./resume/extract-text.ts";
export { parseResume, type ParseResumeOptions } from "./resume/parse-resume.ts";
export { Profile, WorkEntry, EducationEntry } from "./resume/profile-schema.ts";
export { personaOptions, type PersonaOption } from "./resume/persona-options.ts";

export { cleanJd, type JdInput, type CleanJd } from "./jd/clean-jd.ts";
export { htmlToText } from "./jd/html-to-text.ts";
export { detectRoleFamily } from "./jd/role-family.ts";

export {
  compileUser,
  compileJob,
  SkillInterner,
  type CompiledUser,
  type CompiledJob,
} from "./fit/compile.ts";
export { scoreFit, scoreFitValue, fitLabel } from "./fit/score-fit.ts";
export { prefilter } from "./fit/prefilter.ts";
export {
  FitWeights,
  DEFAULT_FIT_WEIGHTS,
  type FitUser,
  type FitJob,
  type FitResult,
  type FitComponents,
  type FitLabel,
  type FitRecommendation,
} from "./fit/types.ts";

export {
  rankSkillGaps,
  learningResources,
  LearningResource,
  type SkillGap,
} from "./insights/skill-gaps.ts";
export { salaryBands, percentileRank, type SalaryBands } from "./insights/salary-bands.ts";
export { careerScore, type CareerScore, type CareerScoreInput } from "./insights/career-score.ts";
