import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAgent } from "../../../functions/agents/agent-contract.ts";
import { agentsVars } from "../../../functions/agents/app.ts";
import { mountAgentRoutes } from "../../../functions/agents/routes/run-agent-route.ts";
import { createApp } from "../../../functions/_shared/create-app.ts";
import { functionDeps } from "../../helpers/function-deps.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";

const secrets = testSecrets();
let db: TestDatabase;
let app: ReturnType<typeof createApp>;

const echo = defineAgent({
  name: "echo",
  payload: z.object({ n: z.number().int(), more: z.boolean().default(false) }),
  async run(ctx, payload) {
    if (payload.more) await ctx.wakeAgain({ n: payload.n + 1 });
    return { status: "success", records_processed: payload.n, result: { doubled: payload.n * 2 } };
  },
});
const boom = defineAgent({
  name: "boom",
  payload: z.object({}),
  async run() {
    throw new Error(`exploded ${"x".repeat(900)}`);
  },
});

beforeAll(async () => {
  db = await createTestDatabase();
  const { deps } = functionDeps("agents", agentsVars, db.sql, secrets);
  app = createApp("agents", deps.logger);
  mountAgentRoutes(app, deps, [echo, boom]);
});
afterAll(async () => {
  await db.drop();
});

const call = (agent: string, body: unknown, secret: string | null = secrets.AGENT_SECRET) =>
  app.request(`/agents/${agent}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "x-agent-secret": secret } : {}),
    },
    body: JSON.stringify(body),
  });

describe("agent contract", () => {
  it("rejects a missing or wrong X-Agent-Secret with 401", async () => {
    for (const secret of [null, "", `${secrets.AGENT_SECRET}x`, secrets.AGENT_SECRET.slice(1)]) {
      const res = await call("echo", { agent: "echo", payload: { n: 1 } }, secret);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
  });

  it("answers an unknown agent with 404", async () => {
    const res = await call("nope", { agent: "nope", payload: {} });
    expect(res.status).toBe(404);
  });

  it("replies with the contract plus the agent's fields and writes one agent_logs row", async () => {
    const res = await call("echo", { agent: "echo", payload: { n: 21 } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: "success",
      records_processed: 21,
      error: null,
      doubled: 42,
    });
    expect(body.duration_ms).toBeGreaterThanOrEqual(0);
    const logs =
      await db.sql`select status, records_processed, metadata from agent_logs where agent = 'echo'`;
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      status: "success",
      records_processed: 21,
      metadata: { doubled: 42 },
    });
  });

  it("a failing agent answers 500 with the contract and a bounded error", async () => {
    const res = await call("boom", { agent: "boom", payload: {} });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.status).toBe("failed");
    expect(body.error.length).toBeLessThanOrEqual(500);
    const [log] =
      await db.sql`select status, char_length(error) as len from agent_logs where agent = 'boom'`;
    expect(log).toMatchObject({ status: "failed", len: 500 });
  });

  it("an invalid payload fails the run without calling the agent", async () => {
    const res = await call("echo", { agent: "echo", payload: { n: "many" } });
    expect(res.status).toBe(500);
    expect((await res.json()).error).toMatch(/^invalid payload: n:/);
  });

  it("a body naming another agent is a 400", async () => {
    const res = await call("echo", { agent: "boom", payload: { n: 1 } });
    expect(res.status).toBe(400);
  });

  it("wakeAgain queues the next batch in the dispatch outbox", async () => {
    await call("echo", { agent: "echo", payload: { n: 1, more: true } });
    const rows =
      await db.sql`select target, payload from dispatch_outbox where target = 'agents/echo'`;
    expect(rows).toEqual([{ target: "agents/echo", payload: { n: 2 } }]);
  });
});
