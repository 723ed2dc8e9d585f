import { describe, expect, it } from "vitest";
import { chromiumArgs } from "../../../worker-exec/src/scrape/browser/launch-chromium.ts";

describe("chromiumArgs", () => {
  it("keeps the same-origin policy and drops --single-process from the Lambda defaults", () => {
    const args = chromiumArgs();
    expect(args).not.toContain("--disable-web-security");
    expect(args).not.toContain("--allow-running-insecure-content");
    expect(args).not.toContain("--single-process");
    expect(args).toContain("--no-sandbox");
    expect(args).toContain("--disable-background-networking");
    expect(args.filter((a) => a.startsWith("--enable-features="))).toHaveLength(1);
  });

  it("appends the caller's flags", () => {
    expect(chromiumArgs(["--talvix-tag=t1"]).at(-1)).toBe("--talvix-tag=t1");
  });
});
