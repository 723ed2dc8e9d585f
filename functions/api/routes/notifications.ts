import * as routes from "../../../shared/api-client/routes.ts";
import { notFound } from "../../../shared/errors/app-error.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";
import { toNotification } from "../rows.ts";

export function notificationRoutes(deps: ApiDeps) {
  const { sql } = deps;
  const app = createRouter();

  app.openapi(routes.markNotificationRead, async (c) => {
    const { id } = c.req.valid("param");
    // The table's trigger turns read_at into status 'read'.
    const [row] = await sql`
      update public.notifications set read_at = coalesce(read_at, now())
       where id = ${id} and user_id = ${c.get("userId")}
      returning id, channel, type, priority, title, body, data, status, read_at, created_at`;
    if (!row) throw notFound("No such notification");
    return c.json(toNotification(row), 200);
  });

  return app;
}
