import * as routes from "../../../shared/api-client/routes.ts";
import { sha256Hex } from "../../../shared/auth/base64url.ts";
import type { TransactionSql } from "../../../shared/db/sql.ts";
import { AppError, conflict, notFound } from "../../../shared/errors/app-error.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";
import { toApplication } from "../rows.ts";
import { applicationPage, applicationSelect } from "./dashboard.ts";

/**
 * Where a user may move an application by hand. Terminal states (rejected, withdrawn) go
 * nowhere; ghosted can come back to life when the company finally answers.
 */
export const ALLOWED_TRANSITIONS: Record<string, readonly string[]> = {
  discovered: ["applied", "withdrawn"],
  applied: ["viewed", "callback", "interview", "offer", "rejected", "withdrawn", "ghosted"],
  viewed: ["callback", "interview", "offer", "rejected", "withdrawn", "ghosted"],
  callback: ["interview", "offer", "rejected", "withdrawn", "ghosted"],
  interview: ["offer", "rejected", "withdrawn", "ghosted"],
  offer: ["rejected", "withdrawn"],
  ghosted: ["viewed", "callback", "interview", "offer", "rejected", "withdrawn"],
  rejected: [],
  withdrawn: [],
};

/** The learning signal a status change teaches. */
const SIGNAL_FOR_STATUS: Record<string, string> = {
  applied: "applied",
  viewed: "viewed",
  callback: "callback",
  interview: "interview",
  offer: "offer",
  rejected: "rejected",
  ghosted: "ghosted",
  withdrawn: "dismissed",
};

async function recordSignal(
  tx: TransactionSql,
  userId: string,
  app: { id: string; job_id: string },
  signal: string,
  metadata: Record<string, unknown>,
) {
  await tx`
    insert into public.learning_signals (user_id, job_id, application_id, signal, metadata)
    values (${userId}, ${app.job_id}, ${app.id}, ${signal}, ${tx.json(metadata as never)})`;
}

async function readApplication(tx: TransactionSql, userId: string, id: string) {
  const [row] = await tx`
    select ${applicationSelect(tx)}
      from public.job_applications a join public.jobs j on j.id = a.job_id
     where a.id = ${id} and a.user_id = ${userId}`;
  return row;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === "23505";

export function applicationRoutes(deps: ApiDeps) {
  const { sql } = deps;
  const app = createRouter();

  app.openapi(routes.createApplication, async (c) => {
    const userId = c.get("userId");
    const body = c.req.valid("json");
    const created = await sql
      .begin(async (tx) => {
        let jobId: string;
        let receipt: Record<string, string> | null = null;
        if ("job_id" in body) {
          const [job] = await tx<
            { id: string }[]
          >`select id from public.jobs where id = ${body.job_id}`;
          if (!job) throw notFound("No such job");
          jobId = job.id;
        } else {
          // A job found outside Talvix: kept inactive so no one else is matched to it.
          const fingerprint = `manual:${await sha256Hex(body.url)}`;
          const [job] = await tx<{ id: string }[]>`
            insert into public.jobs (fingerprint, title, title_canonical, company, company_canonical,
                                     is_active, is_new, jd_cleaned)
            values (${fingerprint}, ${body.title}, ${body.title.toLowerCase()}, ${body.company},
                    ${body.company.toLowerCase()}, false, false, true)
            on conflict (fingerprint) do update set last_seen_at = now()
            returning id`;
          jobId = job!.id;
          receipt = { url: body.url, source: "manual" };
        }
        const [row] = await tx<{ id: string; job_id: string }[]>`
          insert into public.job_applications (user_id, job_id, method, status, applied_at, notes, receipt)
          values (${userId}, ${jobId}, 'manual', 'applied', now(), ${body.notes ?? null},
                  ${receipt ? tx.json(receipt) : null})
          returning id, job_id`;
        await recordSignal(tx, userId, row!, "applied", { method: "manual" });
        return readApplication(tx, userId, row!.id);
      })
      .catch((err) => {
        if (isUniqueViolation(err)) throw conflict("You already have an application for this job");
        throw err;
      });
    return c.json(toApplication(created!), 201);
  });

  app.openapi(routes.listApplications, async (c) => {
    const q = c.req.valid("query");
    const page = await applicationPage(sql, c.get("userId"), {
      limit: q.limit,
      cursor: q.cursor,
      status: q.status,
    });
    return c.json(page, 200);
  });

  app.openapi(routes.updateApplication, async (c) => {
    const userId = c.get("userId");
    const { id } = c.req.valid("param");
    const { status } = c.req.valid("json");
    const updated = await sql.begin(async (tx) => {
      const [current] = await tx<{ id: string; job_id: string; status: string }[]>`
        select id, job_id, status from public.job_applications
         where id = ${id} and user_id = ${userId} for update`;
      if (!current) throw notFound("No such application");
      if (current.status !== status) {
        if (!ALLOWED_TRANSITIONS[current.status]?.includes(status)) {
          throw new AppError(
            "invalid_transition",
            409,
            `An application cannot go from ${current.status} to ${status}`,
            {
              details: { from: current.status, allowed: ALLOWED_TRANSITIONS[current.status] ?? [] },
            },
          );
        }
        await tx`
          update public.job_applications
             set status = ${status},
                 applied_at = case when ${status} = 'applied' then coalesce(applied_at, now())
                                   else applied_at end
           where id = ${id} and user_id = ${userId}`;
        await recordSignal(tx, userId, current, SIGNAL_FOR_STATUS[status] ?? "dismissed", {
          from: current.status,
          to: status,
        });
      }
      return readApplication(tx, userId, id);
    });
    return c.json(toApplication(updated!), 200);
  });

  /** The review queue: auto applications waiting for the user's yes or no. */
  const REVIEWABLE = ["queued", "needs_review"];
  async function decide(userId: string, id: string, decision: "approved" | "skipped") {
    return sql.begin(async (tx) => {
      const [current] = await tx<
        { id: string; job_id: string; method: string; auto_status: string | null }[]
      >`
        select id, job_id, method, auto_status from public.job_applications
         where id = ${id} and user_id = ${userId} for update`;
      if (!current) throw notFound("No such application");
      if (current.method !== "auto" || !REVIEWABLE.includes(current.auto_status ?? "")) {
        throw new AppError("not_reviewable", 409, "This application is not waiting for review", {
          details: { auto_status: current.auto_status },
        });
      }
      // Approving arms the apply lease (trigger job_applications_arm_lease).
      await tx`
        update public.job_applications set auto_status = ${decision}
         where id = ${id} and user_id = ${userId}`;
      await recordSignal(tx, userId, current, decision, { from: current.auto_status });
      return readApplication(tx, userId, id);
    });
  }
  app.openapi(routes.approveApplication, async (c) => {
    const row = await decide(c.get("userId"), c.req.valid("param").id, "approved");
    return c.json(toApplication(row!), 200);
  });
  app.openapi(routes.rejectApplication, async (c) => {
    const row = await decide(c.get("userId"), c.req.valid("param").id, "skipped");
    return c.json(toApplication(row!), 200);
  });

  return app;
}
