/** What an application attempt sent, exactly: the receipt stored on job_applications. */
import type { QuestionKind } from "./questions.ts";

export interface FilledField {
  label: string;
  value: string;
  kind: QuestionKind;
  source: string;
}

export interface UnfilledField {
  label: string;
  reason: string;
  required: boolean;
}

/** A question the user must answer before this application can go on. */
export interface PendingQuestion {
  key: string;
  question: string;
  kind: QuestionKind;
  knockout: boolean;
}

export interface UploadedFile {
  label: string;
  name: string;
  sha256: string;
}

export type ApplyOutcome =
  | "submitted"
  | "dry_run"
  | "needs_input"
  | "failed_captcha"
  | "failed_session"
  | "failed_not_found"
  /** The final click happened but no confirmation was seen: a person must check. */
  | "unconfirmed"
  /** The guard refused the final click (lease lost, cap reached): nothing was sent. */
  | "not_clicked";

export interface ApplyReceipt {
  url: string;
  final_url: string | null;
  adapter: string;
  platform: string;
  started_at: string;
  finished_at: string | null;
  submit_clicked_at: string | null;
  confirmed_at: string | null;
  filled: FilledField[];
  files: UploadedFile[];
  unfilled: UnfilledField[];
  questions: PendingQuestion[];
  screenshots: {
    before_submit?: string;
    after_submit?: string;
    failure?: string;
    dry_run?: string;
  };
  confirmation: string | null;
  note: string | null;
}

export function newReceipt(url: string, now: Date): ApplyReceipt {
  return {
    url,
    final_url: null,
    adapter: "unknown",
    platform: "unknown",
    started_at: now.toISOString(),
    finished_at: null,
    submit_clicked_at: null,
    confirmed_at: null,
    filled: [],
    files: [],
    unfilled: [],
    questions: [],
    screenshots: {},
    confirmation: null,
    note: null,
  };
}

export interface ApplyResult {
  outcome: ApplyOutcome;
  receipt: ApplyReceipt;
}
