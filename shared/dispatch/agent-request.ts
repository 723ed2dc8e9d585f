import type { DispatchOutboxRow } from "../db/schema/system.ts";
import { agentName } from "./target.ts";

/** The agent contract every function route accepts. */
export interface AgentRequestBody {
  agent: string;
  user_id?: string;
  payload: Record<string, unknown>;
}

export interface AgentEndpoint {
  /** e.g. http://127.0.0.1:54321/functions/v1 */
  functionsUrl: string;
  agentSecret: string;
}

/** The POST that delivers an outbox row: `${functionsUrl}/${target}` with X-Agent-Secret. */
export function agentRequest(
  row: Pick<DispatchOutboxRow, "target" | "payload" | "user_id">,
  endpoint: AgentEndpoint,
): { url: string; init: RequestInit } {
  const body: AgentRequestBody = { agent: agentName(row.target), payload: row.payload };
  if (row.user_id) body.user_id = row.user_id;
  return {
    url: `${endpoint.functionsUrl.replace(/\/+$/, "")}/${row.target}`,
    init: {
      method: "POST",
      headers: { "content-type": "application/json", "x-agent-secret": endpoint.agentSecret },
      body: JSON.stringify(body),
    },
  };
}
