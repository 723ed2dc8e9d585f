import { withTimeout, type Sql } from "../../shared/db/sql.ts";
import type { Clock } from "../../shared/time/clock.ts";
import type { FunctionApp } from "./create-app.ts";

/** How long a health check waits for the database before answering 503. */
export const HEALTH_DB_TIMEOUT_MS = 1500;

export interface HealthOptions {
  sql: Sql;
  clock: Clock;
  version: string;
}

/** `GET /health` → `{status, db, version, time}`; 503 within 2 s when the database is down. */
export function mountHealth(app: FunctionApp, options: HealthOptions) {
  app.get("/health", async (c) => {
    let db: "ok" | "down" = "ok";
    try {
      await withTimeout(options.sql`select 1 as ok`, HEALTH_DB_TIMEOUT_MS, "health query");
    } catch (err) {
      db = "down";
      c.get("logger").warn("health: database unreachable", {
        reason: err instanceof Error ? err.message : String(err),
      });
    }
    const body = {
      status: db === "ok" ? "ok" : "degraded",
      db,
      version: options.version,
      time: options.clock.now().toISOString(),
    };
    return c.json(body, db === "ok" ? 200 : 503);
  });
}
