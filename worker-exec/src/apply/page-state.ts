/** What a page is showing besides the form: a CAPTCHA or block page, a login wall. */
import type { Page } from "puppeteer-core";

const BLOCK_SCRIPT = `(function () {
  var t = (document.body && document.body.innerText || '').slice(0, 20000);
  if (document.querySelector('.g-recaptcha, .h-captcha, iframe[title*="reCAPTCHA" i], iframe[src*="hcaptcha"], iframe[src*="recaptcha"], #challenge-form, .cf-turnstile')) return 'captcha';
  if (/verify (that )?you are (a )?human|are you a robot|unusual activity|security check|access denied|request blocked|two-step verification|enter the (code|otp) we sent|verification code/i.test(t)) return 'captcha';
  return null;
})()`;

export async function blockReason(page: Page): Promise<"captcha" | "session" | null> {
  const url = page.url();
  if (/\/(login|nlogin|authwall|signin|uas\/login)\b|checkpoint\/(lg|challenge)/i.test(url)) {
    return /checkpoint\/challenge/i.test(url) ? "captcha" : "session";
  }
  try {
    return (await page.evaluate(BLOCK_SCRIPT)) as "captcha" | null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `check` (a JS expression evaluated in the page) is truthy, surviving the
 * navigations a form POST causes. Resolves false on timeout.
 */
export async function waitForPage(page: Page, check: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if (await page.evaluate(`!!(${check})`)) return true;
    } catch {
      // mid-navigation: the context went away; try again on the new document
    }
    await sleep(100);
  }
  return false;
}

export const selectorPresent = (selector: string) =>
  `document.querySelector(${JSON.stringify(selector)})`;

export const textPresent = (re: RegExp) =>
  `${re.toString()}.test(document.body ? document.body.innerText : '')`;

export const CONFIRMATION_TEXT =
  /thank(s| you) for (applying|your application)|application (was |has been )?(submitted|received|sent)|we have received your application|successfully applied|your application was sent/i;
