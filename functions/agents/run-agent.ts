import type { Sql } from "../../shared/db/sql.ts";
import type { Logger } from "../../shared/log/logger.ts";
import type { Storage } from "../../shared/storage/storage.ts";
import type { Clock } from "../../shared/time/clock.ts";
import type { AgentContext, AgentDefinition, AgentReply, AgentRequest } from "./agent-contract.ts";

/** Wall-clock budget per call: keeps each call well inside the Edge Runtime's 2 s CPU limit. */
export const AGENT_BUDGET_MS = 1500;
const MAX_ERROR = 500;

export interface RunAgentDeps {
  sql: Sql;
  storage: Storage;
  clock: Clock;
  logger: Logger;
  budgetMs?: number;
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.slice(0, MAX_ERROR);
}

/**
 * Runs one agent call: validates its payload, gives it a budget and wake-up helpers, and
 * writes exactly one `agent_logs` row whatever happens.
 */
export async function runAgent(
  deps: RunAgentDeps,
  agent: AgentDefinition,
  request: AgentRequest,
): Promise<AgentReply> {
  const runId = crypto.randomUUID();
  const started = performance.now();
  const budget = deps.budgetMs ?? AGENT_BUDGET_MS;
  const logger = deps.logger.child({ agent: agent.name, run_id: runId });
  const dispatch: AgentContext["dispatch"] = async (target, payload, userId) => {
    await deps.sql`select app.dispatch(${target}, ${deps.sql.json(payload as never)}, ${userId ?? null})`;
  };
  const ctx: AgentContext = {
    sql: deps.sql,
    storage: deps.storage,
    clock: deps.clock,
    logger,
    runId,
    userId: request.user_id,
    remainingMs: () => budget - (performance.now() - started),
    wakeAgain: (payload) => dispatch(`agents/${agent.name}`, payload, request.user_id),
    dispatch,
  };

  let outcome;
  const parsed = agent.payload.safeParse(request.payload);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`);
    outcome = {
      status: "failed" as const,
      records_processed: 0,
      error: `invalid payload: ${why.join("; ")}`,
    };
  } else if (agent.needsUser && !request.user_id) {
    outcome = { status: "failed" as const, records_processed: 0, error: "user_id is required" };
  } else {
    try {
      outcome = await agent.run(ctx, parsed.data);
    } catch (err) {
      logger.error("agent failed", { reason: errorText(err) });
      outcome = { status: "failed" as const, records_processed: 0, error: errorText(err) };
    }
  }

  const duration = Math.round(performance.now() - started);
  const error = outcome.error ? outcome.error.slice(0, MAX_ERROR) : null;
  const result = "result" in outcome && outcome.result ? outcome.result : {};
  await deps.sql`
    insert into public.agent_logs
      (run_id, agent, user_id, status, duration_ms, records_processed, error, tokens, metadata)
    values
      (${runId}, ${agent.name},
       (select id from public.users where id = ${request.user_id ?? null}::uuid),
       ${outcome.status}, ${duration},
       ${outcome.records_processed}, ${error}, ${"tokens" in outcome ? (outcome.tokens ?? 0) : 0},
       ${deps.sql.json(result as never)})`;
  return {
    ...result,
    status: outcome.status,
    duration_ms: duration,
    records_processed: outcome.records_processed,
    error,
  };
}
