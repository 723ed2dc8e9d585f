import Razorpay from "razorpay";
import { PaymentGatewayError, type PaymentGateway } from "../../shared/billing/payment-gateway.ts";

export interface RazorpayGatewayOptions {
  keyId: string;
  keySecret: string;
  /** https://api.razorpay.com unless a test points it at its fake. */
  apiUrl?: string;
}

function gatewayError(what: string, err: unknown): PaymentGatewayError {
  const e = err as { statusCode?: number; error?: { description?: string }; message?: string };
  return new PaymentGatewayError(
    `razorpay ${what}: ${e?.error?.description ?? e?.message ?? "failed"}`,
    e?.statusCode,
  );
}

/**
 * The real adapter: the `razorpay` SDK. The SDK takes no base URL option; its axios
 * instance does, so `apiUrl` is set there (only tests and local runs change it).
 */
export function createRazorpayGateway(options: RazorpayGatewayOptions): PaymentGateway {
  const client = new Razorpay({ key_id: options.keyId, key_secret: options.keySecret });
  if (options.apiUrl) {
    (
      client as unknown as { api: { rq: { defaults: { baseURL: string } } } }
    ).api.rq.defaults.baseURL = options.apiUrl.replace(/\/$/, "");
  }
  return {
    async createOrder(input) {
      try {
        const order = await client.orders.create({
          amount: input.amountPaise,
          currency: "INR",
          receipt: input.receipt,
          notes: input.notes,
        });
        return { id: order.id, amount: Number(order.amount), currency: order.currency };
      } catch (err) {
        throw gatewayError("order", err);
      }
    },
    async createSubscription(input) {
      try {
        const sub = await client.subscriptions.create({
          plan_id: input.razorpayPlanId,
          total_count: input.totalCount,
          customer_notify: 1,
          notes: input.notes,
        });
        return { id: sub.id, status: sub.status };
      } catch (err) {
        throw gatewayError("subscription", err);
      }
    },
  };
}
