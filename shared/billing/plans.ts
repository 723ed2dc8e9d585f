import { Tier } from "../db/schema/enums.ts";

/** Tiers are plan ids (`plans.id`), as the data model spells them. */
export type { Tier };
export const PAID_TIERS = Tier.exclude(["free"]).options;
export type PaidTier = (typeof PAID_TIERS)[number];

/** A row of `plans` as billing needs it. Money in paise; GST in basis points. */
export interface Plan {
  id: Tier;
  name: string;
  price_paise: number;
  gst_bps: number;
  total_paise: number;
  billing_period: "month";
  auto_apply: boolean;
  daily_apply_limit_max: number;
  razorpay_plan_id: string | null;
  is_active: boolean;
}

/** GST on a price, rounded half up to the paisa — the same rule as `plans.total_paise`. */
export function gstPaise(pricePaise: number, gstBps: number): number {
  return Math.floor((pricePaise * gstBps + 5000) / 10000);
}

export function totalPaise(pricePaise: number, gstBps: number): number {
  return pricePaise + gstPaise(pricePaise, gstBps);
}

/** The same instant one calendar month later (31 Jan → 28/29 Feb), in UTC. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

/** When a payment made at `paidAt` stops covering the user. */
export function periodEnd(paidAt: Date, _plan: Pick<Plan, "billing_period">): Date {
  // Every plan bills monthly today (plans.billing_period allows only 'month').
  return addMonths(paidAt, 1);
}

/**
 * Expiry never moves backwards: whatever order payments and their webhooks arrive in, the
 * user keeps the latest end any of them paid for (max is order-independent).
 */
export function laterExpiry(current: Date | null, candidate: Date): Date {
  return current && current.getTime() >= candidate.getTime() ? current : candidate;
}

/** Monthly auto-apply cap: the daily maximum over a 30-day month. */
export function monthlyApplyCap(plan: Pick<Plan, "daily_apply_limit_max">): number {
  return plan.daily_apply_limit_max * 30;
}

export function isPaidTier(tier: string): tier is PaidTier {
  return (PAID_TIERS as readonly string[]).includes(tier);
}
