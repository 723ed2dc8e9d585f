/**
 * Chromium for applying: scraping's launcher, plus an optional `--talvix-tag=<id>` marker
 * (TALVIX_BROWSER_TAG) so a test that SIGKILLs a worker can find and end the browser that
 * worker left behind.
 */
import type { Browser } from "puppeteer-core";
import { launchChromium } from "../scrape/browser/launch-chromium.ts";

export function launchApplyChromium(tag = process.env.TALVIX_BROWSER_TAG): Promise<Browser> {
  return launchChromium(tag ? [`--talvix-tag=${tag}`] : []);
}
