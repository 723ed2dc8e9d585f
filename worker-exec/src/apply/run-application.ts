/**
 * One application in one page: open the URL, refuse honestly on a login wall or CAPTCHA,
 * pick the adapter (by URL, else by page), fill, and either stop (dry run, questions) or
 * click submit once behind the guard. Shared by the worker, the CLI and the bench.
 */
import type { Page } from "puppeteer-core";
import type { AdapterContext, Checkpoint, ClickGuard } from "./adapter.ts";
import { adapterForPage, adapterForUrl } from "./adapters/index.ts";
import type { Applicant } from "./applicant.ts";
import { blockReason } from "./page-state.ts";
import { newReceipt, type ApplyReceipt, type ApplyResult } from "./receipt.ts";

export type ScreenshotLabel = keyof ApplyReceipt["screenshots"];

export interface RunApplicationOptions {
  page: Page;
  url: string;
  applicant: Applicant;
  dryRun: boolean;
  /** Saves a PNG and returns where it went (a `screenshots/…` storage path or a file). */
  saveScreenshot(label: ScreenshotLabel, png: Uint8Array): Promise<string>;
  guard?: ClickGuard;
  checkpoint?: (state: Checkpoint) => Promise<void>;
  fieldTimeoutMs?: number;
  confirmTimeoutMs?: number;
  navigationTimeoutMs?: number;
  now?: () => Date;
}

const NO_GUARD: ClickGuard = {
  beforeFinalClick: async () => null,
  notSent: async () => {},
};

export async function runApplication(o: RunApplicationOptions): Promise<ApplyResult> {
  const now = o.now ?? (() => new Date());
  const receipt = newReceipt(o.url, now());
  const page = o.page;
  const screenshot = async (label: ScreenshotLabel) => {
    try {
      const png = await page.screenshot({ type: "png", fullPage: true });
      receipt.screenshots[label] = await o.saveScreenshot(label, png);
    } catch {
      // a crashed page refuses screenshots; the outcome matters more
    }
  };
  const done = (outcome: ApplyResult["outcome"]): ApplyResult => {
    receipt.final_url = page.isClosed() ? null : page.url();
    receipt.finished_at = now().toISOString();
    return { outcome, receipt };
  };
  const byUrl = adapterForUrl(o.url);
  try {
    await page.goto(o.url, {
      waitUntil: "domcontentloaded",
      timeout: o.navigationTimeoutMs ?? 30_000,
    });
  } catch (err) {
    receipt.note = `the page did not load: ${err instanceof Error ? err.message : String(err)}`;
    await screenshot("failure");
    return done("failed_not_found");
  }
  const block = await blockReason(page);
  if (block) {
    receipt.adapter = byUrl?.name ?? "unknown";
    receipt.platform = byUrl?.platform ?? "unknown";
    receipt.note =
      block === "session"
        ? "the portal asked to sign in: the session is not valid"
        : "a CAPTCHA or block page appeared; Talvix never solves these";
    await screenshot("failure");
    return done(block === "session" ? "failed_session" : "failed_captcha");
  }
  const adapter = byUrl ?? (await adapterForPage(page));
  receipt.adapter = adapter.name;
  receipt.platform = adapter.platform;
  const ctx: AdapterContext = {
    page,
    applicant: o.applicant,
    receipt,
    dryRun: o.dryRun,
    fieldTimeoutMs: o.fieldTimeoutMs ?? 10_000,
    confirmTimeoutMs: o.confirmTimeoutMs ?? 15_000,
    guard: o.guard ?? NO_GUARD,
    screenshot,
    checkpoint: o.checkpoint ?? (async () => {}),
  };
  try {
    return done(await adapter.apply(ctx));
  } catch (err) {
    if (receipt.submit_clicked_at) {
      receipt.note = `failed after the submit click: ${err instanceof Error ? err.message : String(err)}`;
      return done("unconfirmed");
    }
    throw err;
  }
}
