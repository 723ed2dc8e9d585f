/** Counts requests per path (and status) so tests can assert an adapter's politeness. */
export interface SandboxStats {
  total: number;
  byPath: Record<string, number>;
  byStatus: Record<string, number>;
}

export class RequestStats {
  #total = 0;
  #byPath = new Map<string, number>();
  #byStatus = new Map<number, number>();

  record(path: string, status: number): void {
    this.#total++;
    this.#byPath.set(path, (this.#byPath.get(path) ?? 0) + 1);
    this.#byStatus.set(status, (this.#byStatus.get(status) ?? 0) + 1);
  }

  snapshot(): SandboxStats {
    return {
      total: this.#total,
      byPath: Object.fromEntries(this.#byPath),
      byStatus: Object.fromEntries([...this.#byStatus].map(([k, v]) => [String(k), v])),
    };
  }

  reset(): void {
    this.#total = 0;
    this.#byPath.clear();
    this.#byStatus.clear();
  }
}
