/**
 * What checkout asks of Razorpay. The real adapter wraps the `razorpay` SDK; tests point it
 * at a local fake that replays recorded Razorpay API responses.
 */
export interface CreateOrderInput {
  amountPaise: number;
  receipt: string;
  notes: Record<string, string>;
}

export interface CreateSubscriptionInput {
  razorpayPlanId: string;
  totalCount: number;
  notes: Record<string, string>;
}

export interface PaymentGateway {
  createOrder(input: CreateOrderInput): Promise<{ id: string; amount: number; currency: string }>;
  createSubscription(input: CreateSubscriptionInput): Promise<{ id: string; status: string }>;
}

export class PaymentGatewayError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "PaymentGatewayError";
    this.status = status;
  }
}
