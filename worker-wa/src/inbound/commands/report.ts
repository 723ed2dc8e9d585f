import { ok, type Command } from "../command.ts";
import { firstName } from "../../../../shared/whatsapp/templates.ts";
import { newMatchesSince } from "../user-facts.ts";

interface Counts {
  applied: number;
  callback: number;
  interview: number;
  offer: number;
  rejected: number;
}

/** The last 7 days: applications sent, what came back, new matches. */
export const report: Command = {
  name: "REPORT",
  async run({ sql, user, clock }) {
    const now = clock.now();
    const since = new Date(now.getTime() - 7 * 86_400_000);
    const [counts] = await sql<Counts[]>`
      select
        count(*) filter (where coalesce(submitted_at, applied_at) >= ${since})::int as applied,
        count(*) filter (where status = 'callback' and updated_at >= ${since})::int as callback,
        count(*) filter (where status = 'interview' and updated_at >= ${since})::int as interview,
        count(*) filter (where status = 'offer' and updated_at >= ${since})::int as offer,
        count(*) filter (where status = 'rejected' and updated_at >= ${since})::int as rejected
      from public.job_applications where user_id = ${user.id}`;
    const matches = await newMatchesSince(sql, user.id, since);
    const c = counts ?? { applied: 0, callback: 0, interview: 0, offer: 0, rejected: 0 };
    const reply =
      `${firstName(user.full_name)}, your last 7 days:\n\n` +
      `• Applications sent: ${c.applied}\n` +
      `• Callbacks: ${c.callback}\n` +
      `• Interviews: ${c.interview}\n` +
      `• Offers: ${c.offer}\n` +
      `• Rejections: ${c.rejected}\n` +
      `• New matches: ${matches}`;
    return ok(reply);
  },
};
