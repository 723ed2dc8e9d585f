/**
 * Fills the fields of one form (or one step of a multi-step form) from the applicant, and
 * lists every question it could not answer from a fact. It never clicks anything that sends.
 */
import type { Page } from "puppeteer-core";
import type { Applicant } from "./applicant.ts";
import { asText, declineOption, matchOption, resolveAnswer } from "./answers.ts";
import { collectFields, writeField, type PageField } from "./page-fields.ts";
import { classifyQuestion } from "./questions.ts";
import type { ApplyReceipt, PendingQuestion } from "./receipt.ts";

export interface FillOptions {
  /** Called halfway through (crash tests stop the worker here). */
  midway?: () => Promise<void>;
  /** The question when the fields carry no label of their own (a chatbot's last message). */
  label?: string;
  /** Every field is required (a chatbot question cannot be skipped). */
  required?: boolean;
}

export interface FillResult {
  pending: PendingQuestion[];
  fields: number;
}

function pushPending(list: PendingQuestion[], p: PendingQuestion) {
  if (!list.some((x) => x.key === p.key)) list.push(p);
}

export async function fillFields(
  page: Page,
  scope: string | undefined,
  applicant: Applicant,
  receipt: ApplyReceipt,
  options: FillOptions = {},
): Promise<FillResult> {
  const fields = await collectFields(page, scope);
  const pending: PendingQuestion[] = [];
  let done = 0;
  for (const field of fields) {
    if (done === Math.floor(fields.length / 2)) await options.midway?.();
    done++;
    const f = {
      ...field,
      label: options.label ?? field.label,
      required: options.required || field.required,
    };
    await fillOne(page, f, applicant, receipt, pending);
  }
  return { pending, fields: fields.length };
}

async function fillOne(
  page: Page,
  field: PageField,
  applicant: Applicant,
  receipt: ApplyReceipt,
  pending: PendingQuestion[],
): Promise<void> {
  const question = classifyQuestion({
    label: field.label,
    name: field.name,
    autocomplete: field.autocomplete,
    type: field.type,
    placeholder: field.placeholder,
    inEeo: field.inEeo,
  });
  const label = question.text || field.name || field.selector;
  const ask = (reason: string) => {
    if (field.required) {
      pushPending(pending, {
        key: question.key,
        question: label,
        kind: question.kind,
        knockout: question.knockout,
      });
    }
    receipt.unfilled.push({ label, reason, required: field.required });
  };
  if (field.kind === "checkbox") {
    // Consent and "I agree" boxes are the user's decision, never ours.
    if (field.required) ask("a checkbox only the user can tick");
    return;
  }
  const answer = resolveAnswer(question, applicant);
  const voluntary = question.kind === "eeo" || field.inEeo;
  if (!answer.ok) {
    // The portal prefilled it (e.g. from the account): keep it, unless it is a knock-out,
    // which must come from the user's own facts.
    if (field.value.trim() && !question.knockout && field.kind !== "file") {
      const shown = field.options.find((o) => o.value === field.value)?.text ?? field.value;
      receipt.filled.push({ label, value: shown, kind: question.kind, source: "prefilled" });
      return;
    }
    const decline = voluntary ? declineOption(field.options.map((o) => o.text)) : null;
    if (decline) {
      const option = field.options.find((o) => o.text === decline)!;
      if (await writeField(page, field, option.value)) {
        receipt.filled.push({ label, value: decline, kind: question.kind, source: "declined" });
        return;
      }
    }
    ask(answer.reason);
    return;
  }
  if (field.kind === "file") {
    const file = question.kind === "cover_letter" ? applicant.coverLetter : applicant.resume;
    if (!file) return ask("no file to upload");
    if (await writeField(page, field, file.name, file.path)) {
      receipt.files.push({ label, name: file.name, sha256: file.sha256 });
    } else {
      ask("the upload field did not take the file");
    }
    return;
  }
  if (
    question.kind === "cover_letter" &&
    field.kind !== "textarea" &&
    field.kind !== "contenteditable"
  )
    return;
  if (question.kind === "cover_letter" && !applicant.coverLetter?.text) {
    receipt.unfilled.push({ label, reason: "no cover letter text", required: field.required });
    if (field.required) ask("no cover letter text");
    return;
  }
  let value: string;
  let shown: string;
  if (field.kind === "select" || field.kind === "radio") {
    const text = matchOption(
      answer.value,
      field.options.map((o) => o.text),
      question,
    );
    if (!text) return ask(`no option matches the fact "${asText(answer.value, question)}"`);
    value = field.options.find((o) => o.text === text)!.value;
    shown = text;
  } else {
    value = asText(answer.value, question);
    shown = value;
  }
  if (await writeField(page, field, value)) {
    receipt.filled.push({ label, value: shown, kind: question.kind, source: answer.source });
  } else {
    receipt.unfilled.push({
      label,
      reason: "the field did not keep the value",
      required: field.required,
    });
  }
}
