/**
 * The one way worker-exec launches Chromium (scraping, applying, session checks): the
 * @sparticuz build by default (CHROME_PATH overrides), headless.
 */
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser } from "puppeteer-core";

/** Flags of the Lambda-oriented default set that we must not run with. */
const DROPPED = new Set([
  // Crashes Chromium as soon as a second (incognito) context opens a page; we need one
  // context per source and per user.
  "--single-process",
  // Users' sessions live in these browsers: keep the same-origin policy and mixed-content
  // blocking that protect them.
  "--disable-web-security",
  "--allow-running-insecure-content",
]);

export function chromiumArgs(extra: string[] = []): string[] {
  const args = chromium.args.filter((a) => !DROPPED.has(a) && !a.startsWith("--enable-features="));
  const features = chromium.args
    .filter((a) => a.startsWith("--enable-features="))
    .flatMap((a) => a.slice("--enable-features=".length).split(","));
  return [
    ...args,
    `--enable-features=${features.join(",")}`,
    "--no-sandbox",
    "--disable-background-networking",
    ...extra,
  ];
}

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? (await chromium.executablePath()),
    args: chromiumArgs(extraArgs),
    headless: true,
    defaultViewport: { width: 1366, height: 900 },
  });
  // Work happens in fresh contexts; the initial about:blank tab would keep a renderer
  // process (~80 MB) alive for nothing.
  for (const page of await browser.pages()) await page.close();
  return browser;
}
