export interface CareerScoreInput {
  /** 0–1: share of in-demand skills for the target role the user has. */
  skills: number;
  /** 0–1: experience relative to what target roles ask. */
  experience: number;
  /** 0–1: market demand for the user's profile. */
  demand: number;
  /** 0–1: where the user's pay sits among peers (0.5 = median). */
  salaryPercentile: number;
}

export interface CareerScore {
  score: number;
  parts: { skills: number; experience: number; demand: number; salary: number };
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Skills 30 + experience 25 + demand 25 + salary 20 = 100. */
export function careerScore(input: CareerScoreInput): CareerScore {
  const parts = {
    skills: 30 * clamp01(input.skills),
    experience: 25 * clamp01(input.experience),
    demand: 25 * clamp01(input.demand),
    salary: 20 * clamp01(input.salaryPercentile),
  };
  return {
    score: Math.round(parts.skills + parts.experience + parts.demand + parts.salary),
    parts,
  };
}
