import * as routes from "../../../shared/api-client/routes.ts";
import { PaymentGatewayError } from "../../../shared/billing/payment-gateway.ts";
import { gstPaise } from "../../../shared/billing/plans.ts";
import { AppError, notFound } from "../../../shared/errors/app-error.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";

/** Subscriptions renew for a year of monthly charges, then the user renews. */
const SUBSCRIPTION_CHARGES = 12;

export function billingRoutes(deps: ApiDeps) {
  const { sql, config, paymentGateway } = deps;
  const app = createRouter();

  app.openapi(routes.checkout, async (c) => {
    const userId = c.get("userId");
    const { plan: planId } = c.req.valid("json");
    const [plan] = await sql<
      {
        id: "student" | "professional";
        name: string;
        price_paise: number;
        gst_bps: number;
        total_paise: number;
        razorpay_plan_id: string | null;
      }[]
    >`
      select id, name, price_paise, gst_bps, total_paise, razorpay_plan_id
        from public.plans where id = ${planId} and is_active`;
    if (!plan) throw notFound("No such plan");
    const notes = { user_id: userId, plan: plan.id };
    const gst = gstPaise(plan.price_paise, plan.gst_bps);
    try {
      if (plan.razorpay_plan_id) {
        const sub = await paymentGateway.createSubscription({
          razorpayPlanId: plan.razorpay_plan_id,
          totalCount: SUBSCRIPTION_CHARGES,
          notes,
        });
        await sql`
          insert into public.payments (user_id, plan_id, razorpay_subscription_id, amount_paise, gst_paise)
          values (${userId}, ${plan.id}, ${sub.id}, ${plan.total_paise}, ${gst})`;
        return c.json(
          {
            key_id: config.razorpayKeyId,
            plan: plan.id,
            amount: plan.total_paise,
            currency: "INR" as const,
            subscription_id: sub.id,
            name: "Talvix",
            description: `${plan.name} plan, monthly (GST included)`,
          },
          200,
        );
      }
      const order = await paymentGateway.createOrder({
        amountPaise: plan.total_paise,
        receipt: `tlx_${userId.slice(0, 8)}_${Date.now().toString(36)}`,
        notes,
      });
      await sql`
        insert into public.payments (user_id, plan_id, razorpay_order_id, amount_paise, gst_paise)
        values (${userId}, ${plan.id}, ${order.id}, ${order.amount}, ${gst})`;
      return c.json(
        {
          key_id: config.razorpayKeyId,
          plan: plan.id,
          amount: order.amount,
          currency: "INR" as const,
          order_id: order.id,
          name: "Talvix",
          description: `${plan.name} plan, one month (GST included)`,
        },
        200,
      );
    } catch (err) {
      if (err instanceof PaymentGatewayError) {
        throw new AppError("payment_provider_error", 502, "Payments are unavailable; try again", {
          internal: err.message,
        });
      }
      throw err;
    }
  });

  return app;
}
