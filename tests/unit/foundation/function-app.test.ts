import { describe, expect, it } from "vitest";
import { createApp } from "../../../functions/_shared/create-app.ts";
import { AppError } from "../../../shared/errors/app-error.ts";
import { memoryLogger } from "../../../shared/log/logger.ts";

function buildApp() {
  const { logger, lines } = memoryLogger({ name: "api" });
  const app = createApp("api", logger);
  app.get("/boom", () => {
    throw new Error("db password is hunter2");
  });
  app.get("/teapot", () => {
    throw new AppError("conflict", 409, "Already done", { details: { id: 1 } });
  });
  return { app, lines };
}

describe("function app shell", () => {
  it("lives under basePath('/<name>') and 404s elsewhere with the error shape", async () => {
    const { app } = buildApp();
    const res = await app.request("/elsewhere");
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error.code).toBe("not_found");
    expect(body.error.request_id).toBe(res.headers.get("x-request-id"));
  });

  it("echoes a sane X-Request-ID and replaces an unsafe one", async () => {
    const { app } = buildApp();
    const ok = await app.request("/api/teapot", { headers: { "X-Request-ID": "abc-12345678" } });
    expect(ok.headers.get("x-request-id")).toBe("abc-12345678");
    const bad = await app.request("/api/teapot", { headers: { "X-Request-ID": "<script>" } });
    expect(bad.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("renders AppError with its status, code and details", async () => {
    const { app } = buildApp();
    const res = await app.request("/api/teapot");
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: {
        code: "conflict",
        message: "Already done",
        details: { id: 1 },
        request_id: res.headers.get("x-request-id"),
      },
    });
  });

  it("hides unexpected errors from the caller but logs them", async () => {
    const { app, lines } = buildApp();
    const res = await app.request("/api/boom");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("hunter2");
    expect(JSON.parse(text).error.code).toBe("internal");
    expect(lines.some((l) => l.includes("request failed"))).toBe(true);
  });
});
