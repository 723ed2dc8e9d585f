import { z } from "zod";
import type { WorkMode } from "../normalise/location.ts";
import type { Seniority } from "../normalise/seniority.ts";

export interface FitUser {
  skill_ids: readonly string[];
  years: number | null;
  seniority: Seniority | null;
  /** Home city id. */
  city: string | null;
  /** Other cities the user would move to or commute to. */
  willing_cities?: readonly string[];
  /** Defaults to true: most Indian job seekers take remote roles. */
  open_to_remote?: boolean;
  /** INR per year. */
  expected_ctc_inr?: number | null;
  role_families?: readonly string[];
  /** Company names or canonical keys. */
  dream_companies?: readonly string[];
  blacklist_companies?: readonly string[];
}

export interface FitJob {
  id?: string;
  company: string;
  required_skill_ids: readonly string[];
  nice_skill_ids?: readonly string[];
  experience: { min: number; max: number | null } | null;
  seniority: Seniority | null;
  cities: readonly string[];
  work_mode: WorkMode | null;
  remote_india: boolean;
  /** INR per year. */
  salary_inr: { min: number | null; max: number | null } | null;
  role_family: string | null;
  active?: boolean;
}

/** Weights and thresholds as stored in the model_weights table. */
export const FitWeights = z.object({
  skills: z.number().min(0),
  experience: z.number().min(0),
  /** What the job demands beyond skills: level (seniority) and place (location). */
  demand: z.number().min(0),
  salary: z.number().min(0),
  thresholds: z
    .object({
      store: z.number().min(0).max(100),
      recommend: z.number().min(0).max(100),
      dream_bonus: z.number().min(0).max(100),
      /** Highest score a job whose experience bar is far above the user's can get. */
      hard_gate_cap: z.number().min(0).max(100),
    })
    .partial()
    .optional(),
});
export type FitWeights = z.infer<typeof FitWeights>;

export const DEFAULT_FIT_WEIGHTS = {
  skills: 0.35,
  experience: 0.25,
  demand: 0.25,
  salary: 0.2,
  thresholds: { store: 40, recommend: 75, dream_bonus: 10, hard_gate_cap: 35 },
} as const satisfies FitWeights;

export type FitLabel = "strong" | "good" | "fair";
export type FitRecommendation = "apply" | "consider" | "skip";

export interface FitComponents {
  skills: number;
  experience: number;
  seniority: number;
  location: number;
  salary: number;
  /** Mean of seniority and location; the weight called "demand". */
  demand: number;
  company: number;
}

export interface FitResult {
  score: number;
  label: FitLabel;
  recommendation: FitRecommendation;
  excluded: boolean;
  capped: boolean;
  components: FitComponents;
  matched_skills: string[];
  missing_skills: string[];
  reasons: string[];
}
