/**
 * What to do when the socket closes, by Baileys' disconnect code (DisconnectReason). Pure:
 * the connection manager feeds it the code and its counters and does what it says.
 */

/** Baileys' DisconnectReason values (lib/Types/index.d.ts), by name. */
export const DISCONNECT = {
  connectionClosed: 428,
  connectionLost: 408,
  timedOut: 408,
  connectionReplaced: 440,
  loggedOut: 401,
  badSession: 500,
  restartRequired: 515,
  multideviceMismatch: 411,
  forbidden: 403,
  unavailableService: 503,
} as const;

export type ReconnectDecision =
  /** Open a new socket after `delayMs`. `backoff` ones count towards the next delay. */
  | {
      action: "reconnect";
      delayMs: number;
      reason: string;
      backoff: boolean;
      replacedRetry: boolean;
    }
  /** Another client took the number twice: stop and mark it replaced. */
  | { action: "stop"; status: "replaced"; reason: string }
  /** The pairing is gone: wipe creds and keys, mark the status, alert someone. */
  | { action: "wipe"; status: "needs_qr" | "banned"; reason: string };

export interface ReconnectState {
  /** Backoff-counted reconnects since the connection was last stable. */
  failures: number;
  /** Retries already spent on "connection replaced" since the connection was last stable. */
  replacedRetries: number;
}

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** [0, 1); injected so tests are deterministic. */
  random: () => number;
}

export const DEFAULT_BACKOFF: Omit<BackoffOptions, "random"> = { baseMs: 2_000, capMs: 5 * 60_000 };

/** Exponential with "equal jitter": half fixed, half random, never above the cap. */
export function backoffDelay(failures: number, o: BackoffOptions): number {
  const exp = Math.min(o.capMs, o.baseMs * 2 ** Math.min(Math.max(failures, 0), 30));
  return Math.round(exp / 2 + (exp / 2) * o.random());
}

export function decideReconnect(
  code: number | undefined,
  state: ReconnectState,
  backoff: BackoffOptions,
): ReconnectDecision {
  const again = (reason: string) => ({
    action: "reconnect" as const,
    delayMs: backoffDelay(state.failures, backoff),
    reason,
    backoff: true,
    replacedRetry: false,
  });
  switch (code) {
    case DISCONNECT.restartRequired:
      return {
        action: "reconnect",
        delayMs: 0,
        reason: "restart required",
        backoff: false,
        replacedRetry: false,
      };
    case DISCONNECT.connectionLost: // also timedOut
      return again("connection lost or timed out");
    case DISCONNECT.connectionClosed:
      return again("connection closed");
    case DISCONNECT.unavailableService:
      return again("service unavailable");
    case DISCONNECT.connectionReplaced:
      return state.replacedRetries < 1
        ? {
            action: "reconnect",
            delayMs: backoff.baseMs,
            reason: "connection replaced; retrying once",
            backoff: false,
            replacedRetry: true,
          }
        : { action: "stop", status: "replaced", reason: "connection replaced by another client" };
    case DISCONNECT.loggedOut:
      return { action: "wipe", status: "needs_qr", reason: "logged out" };
    case DISCONNECT.badSession:
      return { action: "wipe", status: "needs_qr", reason: "bad session" };
    case DISCONNECT.multideviceMismatch:
      return { action: "wipe", status: "needs_qr", reason: "multi-device mismatch" };
    case DISCONNECT.forbidden:
      return { action: "wipe", status: "banned", reason: "forbidden (number banned)" };
    default:
      return again(code === undefined ? "closed without a code" : `closed with code ${code}`);
  }
}

/** `lastDisconnect.error` is a Boom (output.statusCode) or a plain Error; either may be absent. */
export function disconnectCode(error: unknown): number | undefined {
  if (!error || typeof error !== "object") return undefined;
  const output = (error as { output?: { statusCode?: unknown } }).output;
  return typeof output?.statusCode === "number" ? output.statusCode : undefined;
}
