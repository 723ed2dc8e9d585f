/**
 * LinkedIn Easy Apply: open the modal, then step by step fill what the step shows and press
 * Next/Review until the step's button is "Submit application", the one guarded click.
 */
import type { Adapter } from "../adapter.ts";
import { fillFields } from "../fill-form.ts";
import { giveUp, guardedSubmit, needsInput, waitFor } from "../form-flow.ts";
import { CONFIRMATION_TEXT, waitForPage } from "../page-state.ts";

const MODAL = ".jobs-easy-apply-modal";
const BUTTON = `${MODAL} footer button`;
const SUBMIT = `${MODAL} button[aria-label="Submit application"]`;

const STEP_STATE = `(function () {
  var m = document.querySelector(${JSON.stringify(MODAL)});
  if (!m) return null;
  var h = m.querySelector('.jobs-easy-apply-content h3');
  var b = m.querySelector('footer button');
  var e = m.querySelector('[role=alert]');
  return { heading: h ? h.textContent : '', button: b ? b.getAttribute('aria-label') : '', error: e ? e.textContent.trim() : '' };
})()`;

interface StepState {
  heading: string;
  button: string;
  error: string;
}

export const linkedin: Adapter = {
  name: "linkedin",
  platform: "linkedin",
  matchesUrl: (u) => /(^|\.)linkedin\.com$/.test(u.hostname),
  matchesPage: async (p) =>
    Boolean(
      await p
        .evaluate("!!document.querySelector('.jobs-apply-button, .jobs-unified-top-card')")
        .catch(() => false),
    ),
  async apply(ctx) {
    const { page } = ctx;
    if (!(await waitFor(ctx, ".jobs-apply-button"))) {
      return giveUp(ctx, "the Easy Apply button did not appear");
    }
    await ctx.checkpoint("before_fill");
    await page.click(".jobs-apply-button");
    if (!(await waitFor(ctx, BUTTON))) return giveUp(ctx, "the Easy Apply dialog did not open");
    for (let step = 0; step < 12; step++) {
      const fill = await fillFields(page, MODAL, ctx.applicant, ctx.receipt, {
        midway: step === 0 ? () => ctx.checkpoint("mid_fill") : undefined,
      });
      if (fill.pending.length > 0) return needsInput(ctx, fill.pending);
      const state = (await page.evaluate(STEP_STATE)) as StepState | null;
      if (!state) return giveUp(ctx, "the Easy Apply dialog closed");
      if (state.button === "Submit application") {
        return guardedSubmit(
          ctx,
          SUBMIT,
          `${CONFIRMATION_TEXT.toString()}.test(document.body.innerText)`,
          MODAL,
        );
      }
      await page.click(BUTTON);
      const moved = await waitForPage(
        page,
        `(function (s) { return !s || s.heading !== ${JSON.stringify(state.heading)} || s.error; })(${STEP_STATE})`,
        ctx.fieldTimeoutMs,
      );
      const after = (await page.evaluate(STEP_STATE)) as StepState | null;
      if (!moved || after?.error) {
        ctx.receipt.note = `step "${state.heading}" was not accepted: ${after?.error || "no next step"}`;
        await ctx.screenshot("failure");
        return "failed_not_found";
      }
    }
    return giveUp(ctx, "too many Easy Apply steps");
  },
};
