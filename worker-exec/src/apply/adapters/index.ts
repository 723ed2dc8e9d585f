/** Every adapter, most specific first; the generic filler is the fallback. */
import type { Page } from "puppeteer-core";
import type { Adapter } from "../adapter.ts";
import { ashby, greenhouse, lever, workable } from "./ats.ts";
import { generic } from "./generic.ts";
import { linkedin } from "./linkedin.ts";
import { naukri } from "./naukri.ts";

export const ADAPTERS: readonly Adapter[] = [greenhouse, lever, ashby, workable, linkedin, naukri];

/** By URL first (no page needed), else by what the loaded page shows, else generic. */
export function adapterForUrl(url: string): Adapter | null {
  const u = new URL(url);
  return ADAPTERS.find((a) => a.matchesUrl(u)) ?? null;
}

export async function adapterForPage(page: Page): Promise<Adapter> {
  for (const a of ADAPTERS) if (await a.matchesPage(page)) return a;
  return generic;
}

export { generic };
