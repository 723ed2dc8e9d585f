import { Hono } from "hono";
import type { BlankSchema } from "hono/types";
import type { Logger } from "../../shared/log/logger.ts";
import type { AppVariables } from "./deps.ts";
import { accessLog } from "./middleware/access-log.ts";
import { requestId } from "./middleware/request-id.ts";
import { notFoundHandler, onError } from "./on-error.ts";

export type AppEnvBindings = { Variables: AppVariables };
/** Every function app, whatever routes it mounts. */
export type FunctionApp = Hono<AppEnvBindings, BlankSchema, string>;

/**
 * A Hono app for one Edge Function. Supabase hands a function paths that start with its
 * own name (`/api/health`), so every app lives under `basePath('/<name>')`.
 */
export function createApp(name: string, logger: Logger): FunctionApp {
  const app = new Hono<AppEnvBindings>().basePath(`/${name}`);
  app.use("*", requestId(logger));
  app.use("*", accessLog());
  app.onError(onError);
  app.notFound(notFoundHandler);
  return app;
}
