import { badRequest, notFound } from "../../../shared/errors/app-error.ts";
import type { FunctionApp } from "../../_shared/create-app.ts";
import type { FunctionDeps } from "../../_shared/deps.ts";
import { requireAgentSecret } from "../../_shared/middleware/agent-secret.ts";
import { AgentRequest, type AgentDefinition } from "../agent-contract.ts";
import { runAgent } from "../run-agent.ts";

/**
 * `POST /agents/<agent>` with `X-Agent-Secret` and `{agent, user_id?, payload}`. The reply is
 * the agent contract; a failed run answers 500 so the outbox retries it.
 */
export function mountAgentRoutes(
  app: FunctionApp,
  deps: FunctionDeps<{ agentSecret: string }>,
  agents: readonly AgentDefinition[],
) {
  const byName = new Map(agents.map((a) => [a.name, a]));
  app.post("/:agent", requireAgentSecret(deps.config.agentSecret), async (c) => {
    const name = c.req.param("agent");
    const agent = byName.get(name);
    if (!agent) throw notFound(`No agent named ${name}`);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw badRequest("Body must be JSON: {agent, user_id?, payload}");
    }
    const parsed = AgentRequest.safeParse({ agent: name, ...(body as object) });
    if (!parsed.success) {
      throw badRequest(
        "Invalid agent request",
        parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      );
    }
    if (parsed.data.agent !== name)
      throw badRequest(`Body names agent ${parsed.data.agent}, path ${name}`);
    const reply = await runAgent(
      { sql: deps.sql, storage: deps.storage, clock: deps.clock, logger: c.get("logger") },
      agent,
      parsed.data,
    );
    return c.json(reply, reply.status === "failed" ? 500 : 200);
  });
}
