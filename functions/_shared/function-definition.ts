import type { ConfigOf, ConfigSpec } from "../../shared/config/load-config.ts";
import type { FunctionApp } from "./create-app.ts";
import type { FunctionDeps } from "./deps.ts";

/** One Edge Function: its name, the variables it reads and how its app is built. */
export interface FunctionDefinition<S extends ConfigSpec = ConfigSpec> {
  name: string;
  spec: S;
  createApp(deps: FunctionDeps<ConfigOf<S>>): FunctionApp;
}

export function defineFunction<S extends ConfigSpec>(def: FunctionDefinition<S>) {
  return def;
}
