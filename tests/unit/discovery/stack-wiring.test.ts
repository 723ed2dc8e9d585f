import { describe, expect, it } from "vitest";
import { LOCAL } from "../../../scripts/stack/paths.ts";
import { sandboxUrl, stackServices } from "../../../scripts/stack/services.ts";

describe("npm start's discovery wiring", () => {
  const services = stackServices({ APP_ENV: "local" }, LOCAL.functionsPort);

  it("runs the portal sandbox as a child on the stack's sandbox port", () => {
    const sandbox = services.find((s) => s.name === "sandbox");
    expect(sandbox?.args).toEqual([
      "--import",
      "tsx",
      "sandbox/main.ts",
      "--port",
      String(LOCAL.sandboxPort),
    ]);
  });

  it("points every worker-exec adapter at the sandbox", () => {
    const worker = services.find((s) => s.name === "worker-exec");
    expect(worker?.env?.SCRAPE_BASE_URL).toBe(sandboxUrl());
    expect(sandboxUrl()).toBe(`http://127.0.0.1:${LOCAL.sandboxPort}`);
  });
});
