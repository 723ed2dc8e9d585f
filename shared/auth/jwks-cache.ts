import { createLocalJWKSet, type JSONWebKeySet, type JWTHeaderParameters } from "jose";

export interface JwksCacheOptions {
  url: string;
  fetch?: typeof fetch;
  /** Keys are refetched after this long even when every kid is known. */
  maxAgeMs?: number;
  /** An unknown kid refetches at most this often (stops a flood of forged kids). */
  cooldownMs?: number;
  now?: () => number;
  timeoutMs?: number;
}

type KeyResolver = ReturnType<typeof createLocalJWKSet>;
type ResolvedOptions = Required<Omit<JwksCacheOptions, "fetch">> & { fetch: typeof fetch };

/**
 * A JWKS fetched from `url` and kept in memory. A token with a `kid` we do not know makes
 * it refetch once (keys rotate), rate-limited by `cooldownMs`.
 */
export class JwksCache {
  readonly #options: ResolvedOptions;
  #resolver: KeyResolver | null = null;
  #fetchedAt = 0;
  #inflight: Promise<KeyResolver> | null = null;
  #lastKidMissRefresh = Number.NEGATIVE_INFINITY;

  constructor(options: JwksCacheOptions) {
    this.#options = {
      maxAgeMs: 10 * 60_000,
      cooldownMs: 30_000,
      now: () => Date.now(),
      timeoutMs: 5000,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      ...options,
    };
  }

  async #refresh(): Promise<KeyResolver> {
    if (this.#inflight) return this.#inflight;
    this.#inflight = (async () => {
      const res = await this.#options.fetch(this.#options.url, {
        headers: { accept: "application/json" },
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      if (!res.ok) throw new Error(`JWKS ${this.#options.url} answered ${res.status}`);
      const jwks = (await res.json()) as JSONWebKeySet;
      if (!jwks || !Array.isArray(jwks.keys)) throw new Error("JWKS has no keys array");
      this.#resolver = createLocalJWKSet(jwks);
      this.#fetchedAt = this.#options.now();
      return this.#resolver;
    })();
    try {
      return await this.#inflight;
    } finally {
      this.#inflight = null;
    }
  }

  /** A key lookup for jose's jwtVerify. */
  readonly getKey = async (header: JWTHeaderParameters, token: { payload: unknown }) => {
    const now = this.#options.now();
    let resolver = this.#resolver;
    if (!resolver || now - this.#fetchedAt > this.#options.maxAgeMs) {
      resolver = await this.#refresh();
    }
    try {
      return await resolver(header, token as never);
    } catch (err) {
      const code = (err as { code?: string }).code;
      const unknownKid = code === "ERR_JWKS_NO_MATCHING_KEY";
      if (!unknownKid || now - this.#lastKidMissRefresh < this.#options.cooldownMs) throw err;
      this.#lastKidMissRefresh = now;
      return (await this.#refresh())(header, token as never);
    }
  };
}
