import type { ConfigSpec } from "../../shared/config/load-config.ts";
import type { FunctionDefinition } from "./function-definition.ts";
import { buildRuntimeDeps } from "./runtime-deps.ts";
import type { baseFunctionVars } from "./function-config.ts";

/** The whole of a function's `index.ts`: build real deps and serve (Supabase Edge Runtime). */
export function serveFunction<S extends ConfigSpec & typeof baseFunctionVars>(
  def: FunctionDefinition<S>,
) {
  const deps = buildRuntimeDeps(def.name, def.spec);
  const app = def.createApp(deps);
  Deno.serve(app.fetch);
}
