/**
 * Naukri: "Apply" sends the application at once unless the recruiter attached questions, in
 * which case a chatbot drawer asks them one at a time and the last "Save" sends it. Every
 * click that might send is guarded; when the drawer shows another question, nothing was
 * sent yet and the guard's record is taken back.
 */
import type { Adapter } from "../adapter.ts";
import { fillFields } from "../fill-form.ts";
import { confirm, giveUp, needsInput, waitFor } from "../form-flow.ts";
import { CONFIRMATION_TEXT, waitForPage } from "../page-state.ts";

const DRAWER = ".chatbot_Drawer";
const QUESTIONS = `${DRAWER} li.botItem`;
const SENT = `!!document.querySelector('.apply-status-header') || ${CONFIRMATION_TEXT.toString()}.test(document.body.innerText)`;

export const naukri: Adapter = {
  name: "naukri",
  platform: "naukri",
  matchesUrl: (u) => /(^|\.)naukri\.com$/.test(u.hostname),
  matchesPage: async (p) =>
    Boolean(
      await p
        .evaluate(
          "!!document.querySelector('#apply-button, .styles_jhc__apply-button-container__5Bqnb')",
        )
        .catch(() => false),
    ),
  async apply(ctx) {
    const { page, receipt } = ctx;
    if (!(await waitFor(ctx, "#apply-button")))
      return giveUp(ctx, "the Apply button did not appear");
    await ctx.checkpoint("before_fill");
    if (ctx.dryRun) {
      await ctx.screenshot("dry_run");
      receipt.note = "dry run: Naukri may send on the Apply click, so the dry run stops before it";
      return "dry_run";
    }
    await ctx.screenshot("before_submit");
    let why = await ctx.guard.beforeFinalClick();
    if (why) {
      receipt.note = `Apply not clicked: ${why}`;
      return "not_clicked";
    }
    receipt.submit_clicked_at = new Date().toISOString();
    await ctx.checkpoint("after_click_record");
    await page.click("#apply-button");
    let asked = 0;
    for (let round = 0; round < 20; round++) {
      const count = `document.querySelectorAll(${JSON.stringify(QUESTIONS)}).length`;
      const next = await waitForPage(
        page,
        `(${SENT}) || ${count} > ${asked}`,
        ctx.confirmTimeoutMs,
      );
      if (!next) {
        receipt.note = "no confirmation and no question after Apply; check the portal";
        await ctx.screenshot("after_submit");
        return "unconfirmed";
      }
      if (await page.evaluate(SENT)) return confirm(ctx, SENT);
      // A question is showing: the drawer is open and nothing was sent yet.
      await ctx.guard.notSent();
      receipt.submit_clicked_at = null;
      asked = (await page.evaluate(count)) as number;
      const question = (await page.evaluate(
        `(function () { var q = document.querySelectorAll(${JSON.stringify(QUESTIONS)}); return q[q.length - 1].innerText.trim(); })()`,
      )) as string;
      const fill = await fillFields(
        page,
        `${DRAWER} .chatbot_InputContainer`,
        ctx.applicant,
        receipt,
        {
          label: question,
          required: true,
          midway: round === 0 ? () => ctx.checkpoint("mid_fill") : undefined,
        },
      );
      if (fill.pending.length > 0) return needsInput(ctx, fill.pending);
      if (fill.fields === 0) return giveUp(ctx, `no answer box for "${question}"`);
      why = await ctx.guard.beforeFinalClick();
      if (why) {
        receipt.note = `Save not clicked: ${why}`;
        return "not_clicked";
      }
      receipt.submit_clicked_at = new Date().toISOString();
      await page.click(`${DRAWER} .sendMsg`);
    }
    return giveUp(ctx, "the questionnaire never ended");
  },
};
