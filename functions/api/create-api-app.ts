import { createGoogleIdTokenVerifier, GOOGLE_JWKS_URL } from "../../shared/auth/google-id-token.ts";
import { JwksCache } from "../../shared/auth/jwks-cache.ts";
import { createAccessTokenVerifier } from "../../shared/auth/verify-access-token.ts";
import { createApp, type FunctionApp } from "../_shared/create-app.ts";
import { mountHealth } from "../_shared/health.ts";
import { bodyLimit, MB } from "../_shared/middleware/body-limit.ts";
import { corsFromAllowList } from "../_shared/middleware/cors.ts";
import { ipRateLimit, userWriteRateLimit } from "../_shared/middleware/rate-limit.ts";
import { requireUser } from "../_shared/middleware/require-user.ts";
import { securityHeaders } from "../_shared/middleware/security-headers.ts";
import { createAgentsClient } from "./agents-client.ts";
import type { ApiDeps } from "./api-deps.ts";
import { createRouter } from "./router.ts";
import { applicationRoutes } from "./routes/applications.ts";
import { authRoutes, createDevIdentity, devAuthRoutes } from "./routes/auth.ts";
import { billingRoutes } from "./routes/billing.ts";
import { dashboardRoutes } from "./routes/dashboard.ts";
import { renderDocsPage } from "./routes/docs.ts";
import { notificationRoutes } from "./routes/notifications.ts";
import { personaRoutes } from "./routes/persona.ts";
import { resumeRoutes } from "./routes/resume.ts";
import { userRoutes } from "./routes/user.ts";
import { vaultRoutes } from "./routes/vault.ts";
import { webhookRoutes } from "./routes/webhooks.ts";

/**
 * Resources that need a signed-in user. Everything else (health, /auth/*, /webhooks/*, the
 * reference) is public, and an unknown path stays a plain 404.
 */
const PROTECTED =
  /^\/api\/(vault|resume|persona|dashboard|user|applications|notifications|billing)(\/|$)/;
const UPLOAD_PATH = "/api/resume/upload";

/** The gateway: every middleware, every route, the OpenAPI document and its reference page. */
export function createApiApp(deps: ApiDeps): FunctionApp {
  const { config, sql, logger } = deps;
  if (config.localDevAuth && config.appEnv === "production") {
    throw new Error("LOCAL_DEV_AUTH must not be set in production");
  }
  const limits = {
    ip: { name: "ip", limit: config.rateLimitIpPerMinute ?? 100, periodSeconds: 60 },
    writes: { name: "write", limit: config.rateLimitWritesPerMinute ?? 60, periodSeconds: 60 },
    uploads: { name: "upload", limit: config.rateLimitUploadsPerHour ?? 3, periodSeconds: 3600 },
  };

  const verifyAccessToken = createAccessTokenVerifier({
    jwtSecret: config.jwtSecret,
    supabaseJwks: config.supabaseJwksUrl
      ? new JwksCache({ url: config.supabaseJwksUrl, fetch: deps.fetch })
      : undefined,
    now: () => deps.clock.now(),
  });
  const googleKeys = new JwksCache({
    url: config.googleJwksUrl ?? GOOGLE_JWKS_URL,
    fetch: deps.fetch,
  });
  const dev = config.localDevAuth ? createDevIdentity(config.googleClientId) : null;
  const verifyGoogle = createGoogleIdTokenVerifier({
    clientId: config.googleClientId,
    getKey: async (header, token) =>
      (dev && (await dev.keyFor(header))) || googleKeys.getKey(header, token),
    now: () => deps.clock.now(),
  });
  const agents = createAgentsClient({
    functionsUrl: config.functionsUrl,
    agentSecret: config.agentSecret,
    fetch: deps.fetch,
    logger,
    waitUntil: deps.waitUntil,
  });

  const app = createApp("api", logger);
  app.use("*", securityHeaders());
  app.use("*", corsFromAllowList(config.corsOrigins));
  // Health checks stay out of the limiter so a down database still answers 503 quickly.
  app.use("*", ipRateLimit(sql, limits.ip, { skip: (path) => path === "/api/health" }));
  app.use("*", async (c, next) =>
    bodyLimit(c.req.path === UPLOAD_PATH ? 5 * MB + 64 * 1024 : 10 * MB)(c, next),
  );
  app.use(
    "*",
    requireUser({ verify: verifyAccessToken, sql, isPublic: (p) => !PROTECTED.test(p) }),
  );
  app.use("*", userWriteRateLimit(sql, limits.writes));
  mountHealth(app, { sql, clock: deps.clock, version: config.version });

  const api = createRouter();
  api.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  api.route("/", authRoutes(deps, verifyGoogle));
  if (dev) api.route("/", devAuthRoutes(deps, dev));
  api.route("/", vaultRoutes(deps));
  api.route("/", resumeRoutes(deps, agents, limits.uploads));
  api.route("/", personaRoutes(deps, agents));
  api.route("/", dashboardRoutes(deps));
  api.route("/", userRoutes(deps));
  api.route("/", applicationRoutes(deps));
  api.route("/", notificationRoutes(deps));
  api.route("/", billingRoutes(deps));
  api.route("/", webhookRoutes(deps));

  const document = () =>
    api.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "Talvix gateway API",
        version: config.version,
        description: "The `api` Edge Function: everything the SPA and Razorpay call.",
      },
      servers: [{ url: "/functions/v1/api" }],
    });
  let cached: ReturnType<typeof document> | null = null;
  api.get("/openapi.json", (c) => c.json((cached ??= document())));
  api.get("/docs", (c) => {
    c.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(renderDocsPage((cached ??= document())));
  });

  app.route("/", api as never);
  return app;
}
