import { z } from "zod";

/**
 * The parts of Razorpay webhook payloads billing reads. Everything else is kept verbatim in
 * `razorpay_events.payload`. Unknown fields pass (Razorpay adds fields without notice).
 */
const Notes = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .transform((n) => (Array.isArray(n) ? {} : n))
  .optional();

export const PaymentEntity = z.looseObject({
  id: z.string(),
  amount: z.number().int().nonnegative(),
  currency: z.string(),
  status: z.string(),
  order_id: z.string().nullish(),
  created_at: z.number().int(),
  notes: Notes,
});

export const OrderEntity = z.looseObject({
  id: z.string(),
  amount: z.number().int().nonnegative(),
  status: z.string(),
  created_at: z.number().int(),
  notes: Notes,
});

export const SubscriptionEntity = z.looseObject({
  id: z.string(),
  plan_id: z.string().nullish(),
  status: z.string(),
  current_start: z.number().int().nullish(),
  current_end: z.number().int().nullish(),
  notes: Notes,
});

export const RefundEntity = z.looseObject({
  id: z.string(),
  payment_id: z.string(),
  amount: z.number().int().nonnegative(),
  created_at: z.number().int(),
  notes: Notes,
});

export const RazorpayWebhook = z.looseObject({
  entity: z.literal("event"),
  account_id: z.string().optional(),
  event: z.string().min(1).max(100),
  contains: z.array(z.string()).optional(),
  created_at: z.number().int(),
  payload: z.looseObject({
    payment: z.object({ entity: PaymentEntity }).optional(),
    order: z.object({ entity: OrderEntity }).optional(),
    subscription: z.object({ entity: SubscriptionEntity }).optional(),
    refund: z.object({ entity: RefundEntity }).optional(),
  }),
});
export type RazorpayWebhook = z.infer<typeof RazorpayWebhook>;

/** Events that pay for a period. */
export const ACTIVATING_EVENTS = [
  "payment.captured",
  "order.paid",
  "subscription.activated",
  "subscription.charged",
] as const;
/** Events recorded for the expiry cron and support; they change no dates. */
export const ENDING_EVENTS = [
  "subscription.cancelled",
  "subscription.halted",
  "subscription.completed",
] as const;
export const REFUND_EVENTS = ["refund.created", "refund.processed", "payment.refunded"] as const;

/** Who paid for what: every checkout puts `notes.user_id` and `notes.plan` on the order. */
export function billingNotes(event: RazorpayWebhook): { userId?: string; plan?: string } {
  const p = event.payload;
  for (const notes of [
    p.payment?.entity.notes,
    p.order?.entity.notes,
    p.subscription?.entity.notes,
    p.refund?.entity.notes,
  ]) {
    if (notes && typeof notes.user_id === "string") {
      return {
        userId: notes.user_id,
        plan: typeof notes.plan === "string" ? notes.plan : undefined,
      };
    }
  }
  return {};
}
