/** An adapter applies on one kind of portal; the runner picks it by URL, then by page. */
import type { Page } from "puppeteer-core";
import type { Applicant } from "./applicant.ts";
import type { ApplyOutcome, ApplyReceipt } from "./receipt.ts";

/** Where a crash test may stop the worker (see apply-loop.ts). */
export type Checkpoint = "before_fill" | "mid_fill" | "after_click_record" | "after_submit";

/**
 * Records the attempt before the final click (committed first) and, when a guarded click
 * visibly sent nothing (a questionnaire opened instead), takes the record back.
 */
export interface ClickGuard {
  /** Null: click. Otherwise why not (lease lost, cap reached). */
  beforeFinalClick(): Promise<string | null>;
  notSent(): Promise<void>;
}

export interface AdapterContext {
  page: Page;
  applicant: Applicant;
  receipt: ApplyReceipt;
  dryRun: boolean;
  /** How long a field, button or step may take to appear (10 s in production). */
  fieldTimeoutMs: number;
  confirmTimeoutMs: number;
  guard: ClickGuard;
  screenshot(label: "before_submit" | "after_submit" | "failure" | "dry_run"): Promise<void>;
  checkpoint(state: Checkpoint): Promise<void>;
}

export interface Adapter {
  name: string;
  /** The platform recorded on the receipt (a session platform needs the user's cookies). */
  platform: string;
  matchesUrl(url: URL): boolean;
  matchesPage(page: Page): Promise<boolean>;
  apply(ctx: AdapterContext): Promise<ApplyOutcome>;
}
