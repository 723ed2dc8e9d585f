import { describe, expect, it } from "vitest";
import { memoryLogger, REDACTED } from "../../../shared/log/logger.ts";

describe("logger", () => {
  it("writes one JSON object per line with level, time, name and message", () => {
    const { logger, lines } = memoryLogger({ name: "worker-exec" });
    logger.child({ request_id: "req-12345678" }).info("hello", { n: 1 });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({
      level: "info",
      name: "worker-exec",
      message: "hello",
      request_id: "req-12345678",
      n: 1,
    });
    expect(new Date(record.time).toString()).not.toBe("Invalid Date");
  });

  it("drops lines below the configured level", () => {
    const { logger, lines } = memoryLogger({ name: "t", level: "warn" });
    logger.info("quiet");
    logger.debug("quieter");
    logger.warn("loud");
    expect(lines.map((l) => JSON.parse(l).message)).toEqual(["loud"]);
  });

  it("redacts configured secret values wherever they appear", () => {
    const secret = "s3cr3t-agent-value-xyz";
    const { logger, lines } = memoryLogger({ name: "t", secrets: [secret] });
    logger.error(`calling with ${secret}`, { nested: { note: `x${secret}y` }, list: [secret] });
    expect(lines.join("\n")).not.toContain(secret);
    expect(lines[0]).toContain(REDACTED);
  });

  it("redacts credential-like keys and sealed sessions by key", () => {
    const { logger, lines } = memoryLogger({ name: "t" });
    logger.info("capture", {
      session_encrypted: "AAAA",
      session_iv: "BBBB",
      headers: { authorization: "Bearer abc.def.ghi", "x-agent-secret": "zzz" },
      cookies: [{ name: "li_at", value: "v" }],
      platform: "linkedin",
    });
    const record = JSON.parse(lines[0]!);
    expect(record.session_encrypted).toBe(REDACTED);
    expect(record.session_iv).toBe(REDACTED);
    expect(record.headers.authorization).toBe(REDACTED);
    expect(record.headers["x-agent-secret"]).toBe(REDACTED);
    expect(record.cookies).toBe(REDACTED);
    expect(record.platform).toBe("linkedin");
  });

  it("renders errors as name and message", () => {
    const { logger, lines } = memoryLogger({ name: "t" });
    logger.error("boom", { err: new TypeError("bad thing") });
    expect(JSON.parse(lines[0]!).err).toEqual({ name: "TypeError", message: "bad thing" });
  });
});
