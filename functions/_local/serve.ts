/**
 * Local stand-in for Supabase's Edge Runtime: one Deno process serving every function at
 * `/functions/v1/<name>/…` and handing each app the path Supabase would (`/<name>/…`).
 */
import { agentsFunction } from "../agents/app.ts";
import { apiFunction } from "../api/app.ts";
import { orchestratorFunction } from "../orchestrator/app.ts";
import { buildRuntimeDeps } from "../_shared/runtime-deps.ts";
import type { FunctionApp } from "../_shared/create-app.ts";

const definitions = [apiFunction, agentsFunction, orchestratorFunction];
const apps = new Map<string, FunctionApp>();
for (const def of definitions) {
  const deps = buildRuntimeDeps(def.name, def.spec);
  apps.set(def.name, def.createApp(deps as never));
}

const port = Number(Deno.env.get("FUNCTIONS_PORT") ?? "54321");
const PREFIX = /^\/functions\/v1\/([a-z0-9-]+)(\/.*)?$/;

Deno.serve(
  {
    port,
    hostname: "127.0.0.1",
    onListen: ({ hostname, port }) =>
      console.log(
        JSON.stringify({ level: "info", name: "functions", message: "listening", hostname, port }),
      ),
  },
  (req) => {
    const url = new URL(req.url);
    const match = PREFIX.exec(url.pathname);
    const app = match ? apps.get(match[1]!) : undefined;
    if (!match || !app) {
      const request_id = crypto.randomUUID();
      return Response.json(
        { error: { code: "not_found", message: "No such function", request_id } },
        { status: 404, headers: { "X-Request-ID": request_id } },
      );
    }
    url.pathname = `/${match[1]}${match[2] ?? ""}`;
    return app.fetch(new Request(url, req));
  },
);
