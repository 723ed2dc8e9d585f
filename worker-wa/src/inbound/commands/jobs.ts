import { ok, type Command } from "../command.ts";
import { replies } from "../replies.ts";

const LABELS = { strong: "Strong fit", good: "Good fit", fair: "Fair fit" } as const;

interface MatchRow {
  title: string;
  company: string;
  city: string | null;
  score: number;
  label: keyof typeof LABELS | null;
}

/** Top matches by fit score: 3 for free users, 5 with labels and scores for paid ones. */
export const jobs: Command = {
  name: "JOBS",
  async run({ sql, user, paid, clock }) {
    const limit = paid ? 5 : 3;
    const rows = await sql<MatchRow[]>`
      select j.title, j.company, j.city, s.score, s.label
        from public.job_fit_scores s
        join public.jobs j on j.id = s.job_id
       where s.user_id = ${user.id} and j.is_active and s.expires_at > ${clock.now()}
         and s.recommendation <> 'skip'
         and not exists (
           select 1 from public.job_applications a
            where a.user_id = s.user_id and a.job_id = s.job_id and a.status <> 'withdrawn')
       order by s.score desc, s.computed_at desc
       limit ${limit}`;
    if (rows.length === 0) return ok(replies.noMatches, "empty");
    const lines = rows.map((r, i) => {
      const where = r.city ? `, ${r.city}` : "";
      const fit = paid ? ` — ${r.label ? `${LABELS[r.label]}, ` : ""}${r.score}%` : "";
      return `${i + 1}. ${r.title} at ${r.company}${where}${fit}`;
    });
    const more = paid
      ? ""
      : "\n\nUpgrade to see your top 5 with fit labels, and let Talvix apply for you.";
    return ok(
      `Your top ${rows.length === 1 ? "match" : `${rows.length} matches`}:\n\n${lines.join("\n")}${more}`,
    );
  },
};
