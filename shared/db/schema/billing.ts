import { z } from "zod";
import { int, jsonArray, jsonObject, timestamp, uuid } from "./columns.ts";
import { BillingPeriod, Currency, PaymentStatus, Tier } from "./enums.ts";

/** plans.id is the tier it sells; money in paise, GST in basis points. */
export const PlanRow = z.object({
  id: Tier,
  name: z.string(),
  price_paise: int,
  gst_bps: int,
  total_paise: int,
  billing_period: BillingPeriod,
  auto_apply: z.boolean(),
  daily_apply_limit_max: int,
  features: jsonArray,
  razorpay_plan_id: z.string().nullable(),
  is_active: z.boolean(),
  created_at: timestamp,
});
export type PlanRow = z.infer<typeof PlanRow>;

export const PaymentRow = z.object({
  id: uuid,
  user_id: uuid,
  plan_id: Tier,
  razorpay_order_id: z.string().nullable(),
  razorpay_payment_id: z.string().nullable(),
  razorpay_subscription_id: z.string().nullable(),
  amount_paise: int,
  gst_paise: int,
  currency: Currency,
  status: PaymentStatus,
  period_start: timestamp.nullable(),
  period_end: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type PaymentRow = z.infer<typeof PaymentRow>;

export const RazorpayEventRow = z.object({
  id: uuid,
  event_id: z.string(),
  event_type: z.string(),
  payload: jsonObject,
  received_at: timestamp,
  processed_at: timestamp.nullable(),
  error: z.string().nullable(),
});
export type RazorpayEventRow = z.infer<typeof RazorpayEventRow>;
