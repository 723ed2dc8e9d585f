import type { Logger } from "../../shared/log/logger.ts";

/** What every agent answers (the agents function's common reply). */
export interface AgentReply {
  status: string;
  duration_ms?: number;
  records_processed?: number;
  error?: string | null;
  [extra: string]: unknown;
}

export interface AgentsClientOptions {
  functionsUrl: string;
  agentSecret: string;
  fetch: typeof fetch;
  logger: Logger;
  waitUntil: (work: Promise<unknown>) => void;
}

export class AgentCallError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "AgentCallError";
    this.status = status;
  }
}

/**
 * Calls into the `agents` function with `X-Agent-Secret`. The gateway never does an
 * agent's work: it either waits for a reply (resume intelligence, which the upload answer
 * needs) or fires a wake-up and moves on (the user's stale flags make a lost wake-up
 * harmless: the next sweep does the work).
 */
export function createAgentsClient(options: AgentsClientOptions) {
  const base = `${options.functionsUrl.replace(/\/$/, "")}/agents`;
  const post = (agent: string, body: unknown, timeoutMs: number) =>
    options.fetch(`${base}/${agent}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-agent-secret": options.agentSecret },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });

  return {
    /** Runs an agent for one user and waits for its reply. */
    async run(
      agent: string,
      userId: string,
      payload: Record<string, unknown>,
      timeoutMs = 55_000,
    ): Promise<AgentReply> {
      let res: Response;
      try {
        res = await post(agent, { agent, user_id: userId, payload }, timeoutMs);
      } catch (err) {
        throw new AgentCallError(`${agent}: ${(err as Error).name}: ${(err as Error).message}`);
      }
      const text = await res.text();
      let reply: AgentReply | undefined;
      try {
        reply = JSON.parse(text) as AgentReply;
      } catch {
        reply = undefined;
      }
      if (!reply || typeof reply !== "object") {
        throw new AgentCallError(`${agent}: answered ${res.status} without JSON`, res.status);
      }
      if (!res.ok && res.status !== 422) {
        throw new AgentCallError(`${agent}: answered ${res.status}`, res.status);
      }
      return reply;
    },

    /** Fire-and-forget wake-up; failures are logged, never surfaced. */
    wake(agent: string, userId: string, payload: Record<string, unknown>) {
      const work = post(agent, { agent, user_id: userId, payload }, 10_000)
        .then(async (res) => {
          await res.body?.cancel();
          if (!res.ok) options.logger.warn("agent wake-up refused", { agent, status: res.status });
        })
        .catch((err: Error) =>
          options.logger.warn("agent wake-up failed", { agent, reason: err.message }),
        );
      options.waitUntil(work);
    },
  };
}

export type AgentsClient = ReturnType<typeof createAgentsClient>;
