/** Launches the headless Chromium used for browser sources (Lambda-style @sparticuz build). */
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser } from "puppeteer-core";

export async function launchChromium(): Promise<Browser> {
  const args = [...chromium.args, "--no-sandbox", "--disable-background-networking"]
    // --single-process crashes Chromium as soon as a second (incognito) context opens a
    // page; we need one context per source, so it has to go.
    .filter((a) => a !== "--single-process");
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? (await chromium.executablePath()),
    args,
    headless: true,
    defaultViewport: { width: 1366, height: 900 },
  });
}
