/**
 * The sandbox app: every portal mounted at its real path, plus the cross-cutting
 * behaviours (rate limits, flaky 5xx) and request accounting.
 */
import { Hono } from "hono";
import { FlakyCounter, RateLimiter } from "./behaviours/rate-limit.ts";
import { RequestStats } from "./behaviours/request-stats.ts";
import { boardPathPrefix, companiesWith } from "./companies.ts";
import { formRoutes } from "./forms/index.ts";
import { resolveOptions, type SandboxOptions } from "./options.ts";
import { ashbyRoutes } from "./portals/ashby.ts";
import { greenhouseRoutes } from "./portals/greenhouse.ts";
import { internshalaRoutes } from "./portals/internshala.ts";
import { leverRoutes } from "./portals/lever.ts";
import { linkedinRoutes } from "./portals/linkedin.ts";
import { naukriRoutes } from "./portals/naukri.ts";
import type { PortalDeps } from "./portals/portal-deps.ts";
import { smartRecruitersRoutes } from "./portals/smartrecruiters.ts";
import { workdayRoutes } from "./portals/workday.ts";

export interface SandboxApp {
  app: Hono;
  stats: RequestStats;
}

export function createSandboxApp(options: SandboxOptions = {}): SandboxApp {
  const resolved = resolveOptions(options);
  const deps: PortalDeps = {
    options: resolved,
    limiter: new RateLimiter(resolved.rateLimits, resolved.now),
    flaky: new FlakyCounter(resolved.flakyFailures),
    counters: new Map(),
  };
  const stats = new RequestStats();
  const flakyPrefixes = companiesWith("flaky").map((c) => boardPathPrefix(c.ats, c.slug));
  const app = new Hono();

  app.use("*", async (c, next) => {
    const url = new URL(c.req.url);
    const path = url.pathname;
    const retryAfter = deps.limiter.check(path);
    if (retryAfter !== null) {
      c.res = c.json({ error: "Too Many Requests", retry_after: retryAfter }, 429, {
        "Retry-After": String(retryAfter),
      });
    } else if (
      flakyPrefixes.some((p) => path.startsWith(p)) &&
      deps.flaky.shouldFail(path + url.search)
    ) {
      c.res = c.html("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", 503);
    } else {
      await next();
    }
    stats.record(path, Number(c.res.headers.get("x-sandbox-status") ?? c.res.status));
  });

  app.get("/", (c) => c.json({ sandbox: "talvix-portals", scale: resolved.scale }));
  for (const routes of [
    greenhouseRoutes,
    leverRoutes,
    ashbyRoutes,
    smartRecruitersRoutes,
    workdayRoutes,
    linkedinRoutes,
    internshalaRoutes,
    naukriRoutes,
    formRoutes,
  ]) {
    app.route("/", routes(deps));
  }
  app.notFound((c) => c.json({ error: "Not Found" }, 404));
  return { app, stats };
}
