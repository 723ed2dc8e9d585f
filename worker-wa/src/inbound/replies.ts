/**
 * What the bot says back to commands. Plain text; nothing the user typed is echoed (a reply
 * never repeats their message), only facts from the database.
 */
import { firstName, MONTHLY_APPLY_CAP } from "../../../shared/whatsapp/templates.ts";

export const replies = {
  help(fullName: string | null, paid: boolean): string {
    const free = [
      "JOBS — your top matches",
      "STOP — no more WhatsApp messages",
      "START — messages back on",
      "HELP — this list",
    ];
    const paidLines = [
      "STATUS — auto-apply, today's applies, sessions",
      "PAUSE / RESUME — auto-apply off / on",
      "APPLY_NOW — apply to your approved matches now",
      "REPORT — your last 7 days",
      "COACH — a coaching note now",
    ];
    const list = (paid ? [...free, ...paidLines] : free).map((l) => `• ${l}`).join("\n");
    const upsell = paid
      ? ""
      : "\n\nAuto-apply, STATUS, REPORT and COACH come with Talvix Student or Professional.";
    return `Hi ${firstName(fullName)}, here's what you can send me:\n\n${list}${upsell}`;
  },
  rateLimited:
    "You're sending messages faster than I can keep up. Give me a minute, then try again.",
  optedOutNotice:
    "You've turned off Talvix messages on WhatsApp. Send START to resume (or STOP to stay off).",
  upgrade(command: string): string {
    return (
      `${command} is part of Talvix Student and Professional, along with auto-apply, ` +
      `tailored resumes and a daily coach. Upgrade from your dashboard → Plans.`
    );
  },
  stopped:
    "Done — Talvix won't message you on WhatsApp any more. Send START whenever you want updates again.",
  alreadyStopped: "You're already opted out of WhatsApp messages. Send START to turn them back on.",
  started(fullName: string | null): string {
    return `Welcome back, ${firstName(fullName)}! WhatsApp updates are on. Send HELP to see what I can do.`;
  },
  alreadyStarted: "WhatsApp updates are already on. Send HELP to see what I can do.",
  noMatches:
    "No matches yet — as soon as new jobs are scored for you, they'll show up here. Send JOBS again later.",
  paused: "Auto-apply is paused. Nothing new will be submitted until you send RESUME.",
  alreadyPaused: "Auto-apply is already paused. Send RESUME to turn it back on.",
  pauseNotOn: "Auto-apply isn't on, so there's nothing to pause. Switch it on from your dashboard.",
  resumed: "Auto-apply is back on. I'll tell you about every application it sends.",
  alreadyRunning: "Auto-apply is already running. Send STATUS to see today's progress.",
  resumeNotEnabled:
    "Auto-apply isn't switched on for your account yet. Turn it on from your dashboard first.",
  needsSession:
    "None of your job-portal logins is valid right now, so Talvix can't apply for you. " +
    "Reconnect one on your dashboard, then try again.",
  applyNowQueued(left: number): string {
    return (
      `On it — Talvix will work through your approved matches in the next few minutes ` +
      `(up to ${left} more today). I'll message you as each application goes in.`
    );
  },
  applyNowPaused: "Auto-apply is paused. Send RESUME first, then APPLY_NOW.",
  applyNowOff: "Auto-apply isn't switched on for your account yet. Turn it on from your dashboard.",
  capReached(todayUsed: number, dailyLimit: number, monthUsed: number): string {
    return monthUsed >= MONTHLY_APPLY_CAP
      ? `You've used all ${MONTHLY_APPLY_CAP} applications for this month. They reset on the 1st.`
      : `You've reached today's limit (${todayUsed} of ${dailyLimit}). More tomorrow!`;
  },
  cooldown(command: string, wait: string): string {
    return `${command} was used recently. You can use it again in ${wait}.`;
  },
  coachQueued: "Your coach is putting together a note for you — it'll arrive here shortly.",
  failed: "Sorry, something went wrong on our side. Please try again in a few minutes.",
};
