import { z } from "zod";
import type { Sql } from "../../shared/db/sql.ts";
import type { Logger } from "../../shared/log/logger.ts";
import type { Storage } from "../../shared/storage/storage.ts";
import type { Clock } from "../../shared/time/clock.ts";

/** What every caller sends: `POST /functions/v1/agents/<agent>`. */
export const AgentRequest = z.object({
  agent: z.string().min(1).max(64),
  user_id: z.uuid().optional(),
  payload: z.record(z.string(), z.unknown()).default({}),
});
export type AgentRequest = z.infer<typeof AgentRequest>;

export const AgentStatus = z.enum(["success", "skipped", "failed"]);
export type AgentStatus = z.infer<typeof AgentStatus>;

/** What every agent answers, plus its own result fields. */
export interface AgentReply {
  status: AgentStatus;
  duration_ms: number;
  records_processed: number;
  error: string | null;
  [field: string]: unknown;
}

export interface AgentContext {
  sql: Sql;
  storage: Storage;
  clock: Clock;
  logger: Logger;
  runId: string;
  userId: string | undefined;
  /** Milliseconds left in this call's budget; agents stop a batch when it runs low. */
  remainingMs(): number;
  /** Queues another call of this agent (its flag is still set): the next batch. */
  wakeAgain(payload: Record<string, unknown>): Promise<void>;
  /** Queues a call of another agent or function target, e.g. `agents/fit-score`. */
  dispatch(target: string, payload: Record<string, unknown>, userId?: string): Promise<void>;
}

export interface AgentOutcome {
  status: AgentStatus;
  records_processed: number;
  error?: string | null;
  tokens?: number;
  /** The agent's own result fields, returned to the caller and kept in agent_logs.metadata. */
  result?: Record<string, unknown>;
}

export interface AgentDefinition<P extends z.ZodType = z.ZodType> {
  name: string;
  payload: P;
  /** Whether a user_id is required in the request. */
  needsUser?: boolean;
  run(ctx: AgentContext, payload: z.infer<P>): Promise<AgentOutcome>;
}

export function defineAgent<P extends z.ZodType>(def: AgentDefinition<P>): AgentDefinition<P> {
  return def;
}
