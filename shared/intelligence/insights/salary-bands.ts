export interface SalaryBands {
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  count: number;
}

/** Linear-interpolated percentile of sorted values (the "R-7" definition spreadsheets use). */
function percentile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** p25/p50/p75/p90 of salary observations; null when there are none. */
export function salaryBands(values: readonly number[]): SalaryBands | null {
  const v = values.filter((x) => Number.isFinite(x) && x > 0).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const r = (p: number) => Math.round(percentile(v, p));
  return { p25: r(0.25), p50: r(0.5), p75: r(0.75), p90: r(0.9), count: v.length };
}

/** Share of observations at or below `value`, 0–1. */
export function percentileRank(value: number, values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length === 0) return 0;
  return v.filter((x) => x <= value).length / v.length;
}
