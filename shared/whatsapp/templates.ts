/**
 * Every WhatsApp message Talvix sends on its own initiative, in one place: plain text, the
 * user's first name and the facts from the notification's `data` filled in, nothing invented.
 *
 * A producer inserts a `notifications` row with `channel = 'whatsapp'`, one of the `type`s
 * below and `data` matching that type's schema; `title`/`body` are still required (the
 * dashboard shows them) and are what worker-wa sends when `data` does not match.
 */
import { z } from "zod";

export const MONTHLY_APPLY_CAP = 250;

const text = (max: number) => z.string().trim().min(1).max(max);
const platform = z.enum(["linkedin", "naukri", "indeed", "internshala", "foundit"]);

export const templateData = {
  "job.alert": z.object({
    jobs: z
      .array(
        z.object({
          title: text(200),
          company: text(200),
          city: text(100).nullish(),
          score: z.number().int().min(0).max(100).nullish(),
        }),
      )
      .min(1)
      .max(10),
    total_new: z.number().int().min(0).nullish(),
  }),
  "application.submitted": z.object({
    job_title: text(200),
    company: text(200),
    month_count: z.number().int().min(1),
    platform: platform.nullish(),
  }),
  "application.update": z.object({
    job_title: text(200),
    company: text(200),
    status: z.enum(["callback", "interview", "offer", "rejected"]),
    note: text(500).nullish(),
  }),
  "application.question": z.object({
    job_title: text(200),
    company: text(200),
    question: text(500),
  }),
  "session.expiring": z.object({
    platform,
    days_left: z.union([z.literal(7), z.literal(3), z.literal(1)]),
  }),
  "session.expired": z.object({ platform }),
  "auto_apply.paused": z.object({
    reason: z.enum(["user", "session_expired", "cap_reached", "subscription", "system"]),
  }),
  "coach.daily": z.object({
    headline: text(300),
    tips: z.array(text(300)).max(5).default([]),
    new_matches: z.number().int().min(0).nullish(),
  }),
  "subscription.welcome": z.object({
    plan: z.enum(["student", "professional"]),
    daily_apply_limit: z.number().int().min(1).max(25).nullish(),
    expires_at: z.coerce.date().nullish(),
  }),
  "subscription.expiring": z.object({
    plan: z.enum(["student", "professional"]),
    days_left: z.number().int().min(0).max(31),
    expires_at: z.coerce.date().nullish(),
  }),
} as const;

export type TemplateType = keyof typeof templateData;
export type TemplateData<T extends TemplateType> = z.input<(typeof templateData)[T]>;
export const TEMPLATE_TYPES = Object.keys(templateData) as TemplateType[];

export interface Recipient {
  /** users.full_name; only the first word is used. */
  fullName: string | null;
}

const PLATFORM_NAMES: Record<z.infer<typeof platform>, string> = {
  linkedin: "LinkedIn",
  naukri: "Naukri",
  indeed: "Indeed",
  internshala: "Internshala",
  foundit: "foundit",
};
const PLAN_NAMES = { student: "Student", professional: "Professional" } as const;

export function firstName(fullName: string | null | undefined): string {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? first.slice(0, 40) : "there";
}

/** 12 Dec 2026, in IST. */
export function istDate(d: Date): string {
  return new Intl.DateTimeFormat("en-IN", {
    timeZone: "Asia/Kolkata",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(d);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Renderers = {
  [T in TemplateType]: (name: string, data: z.output<(typeof templateData)[T]>) => string;
};

const render: Renderers = {
  "job.alert": (name, d) => {
    const lines = d.jobs.map((j, i) => {
      const where = j.city ? `, ${j.city}` : "";
      const fit = j.score != null ? ` — fit ${j.score}%` : "";
      return `${i + 1}. ${j.title} at ${j.company}${where}${fit}`;
    });
    const more =
      d.total_new != null && d.total_new > d.jobs.length
        ? `\n\n${plural(d.total_new - d.jobs.length, "more match", "more matches")} on your dashboard.`
        : "";
    return `Hi ${name}, new jobs that fit you:\n\n${lines.join("\n")}${more}\n\nReply JOBS to see your top matches.`;
  },
  "application.submitted": (name, d) =>
    `Hi ${name}, Talvix applied for you: ${d.job_title} at ${d.company}` +
    `${d.platform ? ` (via ${PLATFORM_NAMES[d.platform]})` : ""}.\n` +
    `That's #${d.month_count} of ${MONTHLY_APPLY_CAP} this month.`,
  "application.update": (name, d) => {
    const what = {
      callback: `good news — ${d.company} called back about ${d.job_title}.`,
      interview: `you have an interview with ${d.company} for ${d.job_title}. Good luck!`,
      offer: `congratulations — ${d.company} made you an offer for ${d.job_title}!`,
      rejected: `${d.company} decided not to go ahead with ${d.job_title}. Plenty more to come.`,
    }[d.status];
    return `Hi ${name}, ${what}${d.note ? `\n\n${d.note}` : ""}`;
  },
  "application.question": (name, d) =>
    `Hi ${name}, ${d.company} asks a question on the ${d.job_title} application that only you can answer:\n\n` +
    `"${d.question}"\n\nAnswer it on your dashboard and Talvix will finish the application.`,
  "session.expiring": (name, d) =>
    `Hi ${name}, your ${PLATFORM_NAMES[d.platform]} login for auto-apply expires in ${plural(d.days_left, "day")}. ` +
    `Reconnect it on your dashboard so applications keep going.`,
  "session.expired": (name, d) =>
    `Hi ${name}, your ${PLATFORM_NAMES[d.platform]} login has expired, so auto-apply can't use it. ` +
    `Reconnect it on your dashboard, then send RESUME.`,
  "auto_apply.paused": (name, d) => {
    const why = {
      user: "as you asked",
      session_expired: "because a platform login expired",
      cap_reached: "because you reached this month's limit",
      subscription: "because your subscription ended",
      system: "while we fix a problem on our side",
    }[d.reason];
    return `Hi ${name}, auto-apply is paused ${why}. Send RESUME when you want it back on.`;
  },
  "coach.daily": (name, d) => {
    const tips = d.tips.map((t) => `• ${t}`).join("\n");
    const matches =
      d.new_matches != null && d.new_matches > 0
        ? `\n\n${plural(d.new_matches, "new match", "new matches")} today — reply JOBS to see them.`
        : "";
    return `Good morning ${name}! ${d.headline}${tips ? `\n\n${tips}` : ""}${matches}`;
  },
  "subscription.welcome": (name, d) =>
    `Hi ${name}, welcome to Talvix ${PLAN_NAMES[d.plan]}! Auto-apply is ready` +
    `${d.daily_apply_limit ? ` (up to ${d.daily_apply_limit} a day)` : ""}` +
    `${d.expires_at ? `, and your plan runs until ${istDate(d.expires_at)}` : ""}.\n` +
    `Send STATUS any time to see where things stand, or HELP for everything I can do.`,
  "subscription.expiring": (name, d) =>
    `Hi ${name}, your Talvix ${PLAN_NAMES[d.plan]} plan ends ` +
    `${d.days_left === 0 ? "today" : `in ${plural(d.days_left, "day")}`}` +
    `${d.expires_at ? ` (${istDate(d.expires_at)})` : ""}. Renew on your dashboard to keep auto-apply on.`,
};

export interface RenderableNotification {
  type: string;
  title: string;
  body: string;
  data: unknown;
}

/**
 * The WhatsApp text for a notification. A known type with valid data uses its template;
 * anything else falls back to the dashboard's title and body, so nothing is ever dropped.
 */
export function renderNotification(n: RenderableNotification, to: Recipient): string {
  const name = firstName(to.fullName);
  if (n.type in templateData) {
    const type = n.type as TemplateType;
    const parsed = templateData[type].safeParse(n.data);
    if (parsed.success) {
      return (render[type] as (name: string, d: unknown) => string)(name, parsed.data);
    }
  }
  return `Hi ${name}, ${n.title}\n\n${n.body}`;
}

/** True when the notification's data fits its template (used by tests and producers). */
export function hasTemplate(type: string, data: unknown): boolean {
  return type in templateData && templateData[type as TemplateType].safeParse(data).success;
}
