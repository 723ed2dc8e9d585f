import type { Sql } from "../db/sql.ts";
import { DEFAULT_FIT_WEIGHTS, FitWeights } from "../intelligence/index.ts";

/** The scorer's numbers as they stand in `model_weights`, plus a version that names them. */
export interface FitModel {
  weights: FitWeights & {
    thresholds: { store: number; recommend: number; dream_bonus: number; hard_gate_cap: number };
  };
  /** Changes whenever a weight does, so stored scores say which numbers made them. */
  version: string;
}

const KEYS = {
  "fit.weight.skills": "skills",
  "fit.weight.experience": "experience",
  "fit.weight.demand": "demand",
  "fit.weight.salary": "salary",
  "fit.threshold.store": "store",
  "fit.threshold.recommend": "recommend",
  "fit.bonus.dream_company": "dream_bonus",
  "fit.gate.cap": "hard_gate_cap",
} as const;

/** Reads the fit weights; a key missing from the table keeps the engine's default. */
export async function readFitModel(sql: Sql): Promise<FitModel> {
  const rows = await sql<{ key: string; value: string }[]>`
    select key, value::text from public.model_weights where key = any(${Object.keys(KEYS)})`;
  const got = new Map(rows.map((r) => [r.key, Number(r.value)]));
  const pick = (key: keyof typeof KEYS, fallback: number) => {
    const v = got.get(key);
    return v !== undefined && Number.isFinite(v) ? v : fallback;
  };
  const d = DEFAULT_FIT_WEIGHTS;
  const weights = {
    skills: pick("fit.weight.skills", d.skills),
    experience: pick("fit.weight.experience", d.experience),
    demand: pick("fit.weight.demand", d.demand),
    salary: pick("fit.weight.salary", d.salary),
    thresholds: {
      store: pick("fit.threshold.store", d.thresholds.store),
      recommend: pick("fit.threshold.recommend", d.thresholds.recommend),
      dream_bonus: pick("fit.bonus.dream_company", d.thresholds.dream_bonus),
      hard_gate_cap: pick("fit.gate.cap", d.thresholds.hard_gate_cap),
    },
  };
  FitWeights.parse(weights);
  const t = weights.thresholds;
  const version =
    `fit-1:${weights.skills}/${weights.experience}/${weights.demand}/${weights.salary}` +
    `:${t.store}/${t.recommend}/${t.dream_bonus}/${t.hard_gate_cap}`;
  return { weights, version };
}
