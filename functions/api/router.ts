import { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import { AppError } from "../../shared/errors/app-error.ts";
import type { ApiEnv } from "./api-deps.ts";

/** Field-level details: `{ fields: { "cookies.0.name": ["Required"] } }`. */
export function fieldErrors(error: z.ZodError, target?: string) {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = [target, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)";
    (fields[key] ??= []).push(issue.message);
  }
  return { fields };
}

/** A router whose validation failures are 400s in the single error shape. */
export function createRouter() {
  return new OpenAPIHono<ApiEnv>({
    defaultHook: (result, _c) => {
      if (!result.success) {
        throw new AppError("validation_failed", 400, "Invalid request", {
          details: fieldErrors(result.error as z.ZodError, result.target),
        });
      }
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
