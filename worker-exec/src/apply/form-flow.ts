/**
 * The steps every adapter shares: wait for the form, give up honestly when it does not come
 * (CAPTCHA, login wall, or missing after the timeout, with a screenshot), and the guarded
 * final click followed by the confirmation check.
 */
import { fillFields } from "./fill-form.ts";
import type { AdapterContext } from "./adapter.ts";
import { collectFields } from "./page-fields.ts";
import { blockReason, CONFIRMATION_TEXT, selectorPresent, waitForPage } from "./page-state.ts";
import type { ApplyOutcome, PendingQuestion } from "./receipt.ts";

export async function giveUp(ctx: AdapterContext, what: string): Promise<ApplyOutcome> {
  const block = await blockReason(ctx.page);
  ctx.receipt.note =
    block === "captcha"
      ? "a CAPTCHA or block page appeared; Talvix never solves these"
      : block === "session"
        ? "the portal asked to sign in: the session is not valid"
        : `${what} after ${Math.round(ctx.fieldTimeoutMs / 1000)} s`;
  await ctx.screenshot("failure");
  return block === "captcha"
    ? "failed_captcha"
    : block === "session"
      ? "failed_session"
      : "failed_not_found";
}

export async function waitFor(ctx: AdapterContext, selector: string): Promise<boolean> {
  const block = await blockReason(ctx.page);
  if (block) return false;
  return waitForPage(ctx.page, selectorPresent(selector), ctx.fieldTimeoutMs);
}

export function needsInput(ctx: AdapterContext, pending: PendingQuestion[]): ApplyOutcome {
  ctx.receipt.questions = pending;
  ctx.receipt.note = `${pending.length} question(s) need the user's answer`;
  return "needs_input";
}

/** Required fields still empty after filling: clicking would only bounce off validation. */
async function emptyRequired(ctx: AdapterContext, scope: string | undefined): Promise<string[]> {
  const fields = await collectFields(ctx.page, scope);
  return fields
    .filter((f) => f.required && !f.value.trim() && f.kind !== "checkbox")
    .map((f) => f.label || f.name);
}

/**
 * Dry run: stop here. Otherwise record the attempt (the guard commits it), click once, and
 * look for the confirmation. A click without a confirmation is `unconfirmed`, never retried.
 */
export async function guardedSubmit(
  ctx: AdapterContext,
  submit: string,
  confirmed: string,
  scope?: string,
): Promise<ApplyOutcome> {
  const { page, receipt } = ctx;
  if (!(await waitFor(ctx, submit))) return giveUp(ctx, "the submit button did not appear");
  const empty = await emptyRequired(ctx, scope);
  if (empty.length > 0) {
    receipt.note = `required fields could not be filled: ${empty.join(", ")}`;
    await ctx.screenshot("failure");
    return "failed_not_found";
  }
  if (ctx.dryRun) {
    await ctx.screenshot("dry_run");
    receipt.note = "dry run: submit was not clicked";
    return "dry_run";
  }
  await ctx.screenshot("before_submit");
  const why = await ctx.guard.beforeFinalClick();
  if (why) {
    receipt.note = `submit not clicked: ${why}`;
    return "not_clicked";
  }
  receipt.submit_clicked_at = new Date().toISOString();
  await ctx.checkpoint("after_click_record");
  try {
    await page.click(submit);
  } catch (err) {
    receipt.note = `the submit click failed: ${err instanceof Error ? err.message : String(err)}`;
    return "unconfirmed";
  }
  return confirm(ctx, confirmed);
}

export async function confirm(ctx: AdapterContext, confirmed: string): Promise<ApplyOutcome> {
  const { page, receipt } = ctx;
  const ok = await waitForPage(
    page,
    `(${confirmed}) || ${CONFIRMATION_TEXT.toString()}.test(document.body ? document.body.innerText : '')`,
    ctx.confirmTimeoutMs,
  );
  if (!ok) {
    await ctx.screenshot("after_submit");
    receipt.note =
      "submit was clicked but no confirmation appeared; check the portal before re-applying";
    return "unconfirmed";
  }
  receipt.confirmed_at = new Date().toISOString();
  receipt.confirmation =
    (
      (await page
        .evaluate(
          `((document.body && document.body.innerText) || '').match(${CONFIRMATION_TEXT.toString()})`,
        )
        .catch(() => null)) as string[] | null
    )?.[0] ?? "confirmation page";
  await ctx.checkpoint("after_submit");
  await ctx.screenshot("after_submit");
  return "submitted";
}

export interface SinglePageSpec {
  ready: string;
  submit: string;
  confirmed: string;
}

/** A one-page form: wait, fill everything, stop for questions, submit once. */
export async function applySinglePage(
  ctx: AdapterContext,
  spec: SinglePageSpec,
): Promise<ApplyOutcome> {
  if (!(await waitFor(ctx, spec.ready))) return giveUp(ctx, "the application form did not appear");
  await ctx.checkpoint("before_fill");
  const fill = await fillFields(ctx.page, spec.ready, ctx.applicant, ctx.receipt, {
    midway: () => ctx.checkpoint("mid_fill"),
  });
  if (fill.pending.length > 0) return needsInput(ctx, fill.pending);
  return guardedSubmit(ctx, spec.submit, spec.confirmed, spec.ready);
}
