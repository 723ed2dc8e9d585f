import { createApp } from "../_shared/create-app.ts";
import { baseFunctionVars } from "../_shared/function-config.ts";
import { defineFunction } from "../_shared/function-definition.ts";
import { mountHealth } from "../_shared/health.ts";
import { AGENTS } from "./registry.ts";
import { mountAgentRoutes } from "./routes/run-agent-route.ts";

export const agentsVars = { ...baseFunctionVars };

export const agentsFunction = defineFunction({
  name: "agents",
  spec: agentsVars,
  createApp(deps) {
    const app = createApp("agents", deps.logger);
    mountHealth(app, { sql: deps.sql, clock: deps.clock, version: deps.config.version });
    mountAgentRoutes(app, deps, AGENTS);
    return app;
  },
});
