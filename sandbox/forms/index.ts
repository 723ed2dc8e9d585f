/**
 * Application forms that behave like the real ones, each recording what it receives:
 * `GET /__forms/submissions?form=&job=` lists them, `POST /__forms/reset` clears them.
 */
import { Hono } from "hono";
import { ashbyFormRoutes } from "./ashby-form.ts";
import { genericFormRoutes } from "./generic-form.ts";
import { greenhouseFormRoutes } from "./greenhouse-form.ts";
import { leverFormRoutes } from "./lever-form.ts";
import { linkedinEasyApplyRoutes } from "./linkedin-easy-apply.ts";
import { naukriApplyRoutes } from "./naukri-apply.ts";
import type { PortalDeps } from "../portals/portal-deps.ts";
import { SubmissionStore } from "./submissions.ts";
import { workableFormRoutes } from "./workable-form.ts";

export { SubmissionStore, type FormSubmission, type FormName } from "./submissions.ts";
export { LINKEDIN_SESSION } from "./linkedin-easy-apply.ts";
export { NAUKRI_SESSION } from "./naukri-apply.ts";

/** One store per sandbox app (the portal deps are not needed: forms have no rate limits). */
export function formRoutes(_deps?: PortalDeps) {
  const store = new SubmissionStore();
  const app = new Hono();
  app.get("/__forms/submissions", (c) =>
    c.json({ submissions: store.list({ form: c.req.query("form"), job: c.req.query("job") }) }),
  );
  app.post("/__forms/reset", (c) => {
    store.reset();
    return c.json({ ok: true });
  });
  for (const routes of [
    greenhouseFormRoutes,
    leverFormRoutes,
    ashbyFormRoutes,
    workableFormRoutes,
    linkedinEasyApplyRoutes,
    naukriApplyRoutes,
    genericFormRoutes,
  ]) {
    app.route("/", routes(store));
  }
  return app;
}
