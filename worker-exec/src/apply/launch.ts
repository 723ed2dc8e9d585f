/**
 * Chromium for applying: the same build and flags as scraping (launchChromium), plus an
 * optional `--talvix-tag=<id>` marker (TALVIX_BROWSER_TAG) so a test that SIGKILLs a worker
 * can find and end the browser that worker left behind.
 */
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser } from "puppeteer-core";

export async function launchApplyChromium(tag = process.env.TALVIX_BROWSER_TAG): Promise<Browser> {
  const args = [...chromium.args, "--no-sandbox", "--disable-background-networking"]
    // --single-process crashes Chromium when a second incognito context opens a page.
    .filter((a) => a !== "--single-process");
  if (tag) args.push(`--talvix-tag=${tag}`);
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? (await chromium.executablePath()),
    args,
    headless: true,
    defaultViewport: { width: 1366, height: 900 },
  });
}
