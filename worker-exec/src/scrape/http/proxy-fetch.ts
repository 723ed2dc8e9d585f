/**
 * fetch through SCRAPE_PROXY_URL. Scraping only: the apply path never builds one of these,
 * so applications always leave from the worker's own static IP.
 */
import { fetch as undiciFetch, ProxyAgent } from "undici";

export function proxyFetch(proxyUrl: string): typeof fetch {
  const dispatcher = new ProxyAgent(proxyUrl);
  return ((input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(
      input as never,
      { ...(init as object), dispatcher } as never,
    )) as unknown as typeof fetch;
}
