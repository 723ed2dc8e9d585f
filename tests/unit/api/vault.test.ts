import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { needsResealing, openSession, sealSession } from "../../../shared/vault/seal-session.ts";
import { parseVaultKeys } from "../../../shared/vault/vault-keys.ts";

const key = () => randomBytes(32).toString("base64");
const binding = { userId: "0b6f6c39-8a3e-4c0b-9a43-6a1f3d1c2e55", platform: "linkedin" };
const cookies = [{ name: "li_at", value: "secret-value", domain: ".linkedin.com" }];

describe("vault sealing (AES-256-GCM, versioned keys)", () => {
  it("seals under the newest key and opens under any configured one", async () => {
    const k1 = `1:${key()}`;
    const old = await parseVaultKeys(k1);
    const sealed = await sealSession(old, { cookies }, binding);
    expect(sealed.key_version).toBe(1);
    expect(Buffer.from(sealed.session_iv, "base64")).toHaveLength(12);
    expect(sealed.session_encrypted).not.toContain("secret-value");

    const rotated = await parseVaultKeys(`${k1},2:${key()}`);
    expect(rotated.current.version).toBe(2);
    expect(needsResealing(rotated, sealed)).toBe(true);
    expect((await openSession(rotated, sealed, binding)).cookies).toEqual(cookies);
    const resealed = await sealSession(rotated, { cookies }, binding);
    expect(resealed.key_version).toBe(2);
    await expect(openSession(old, resealed, binding)).rejects.toThrow(/no vault key version 2/);
  });

  it("refuses tampering, a wrong key and another row's binding", async () => {
    const ring = await parseVaultKeys(`1:${key()}`);
    const sealed = await sealSession(ring, { cookies }, binding);
    const bytes = Buffer.from(sealed.session_encrypted, "base64");
    bytes[0] = bytes[0]! ^ 1;
    await expect(
      openSession(ring, { ...sealed, session_encrypted: bytes.toString("base64") }, binding),
    ).rejects.toThrow();
    await expect(
      openSession(await parseVaultKeys(`1:${key()}`), sealed, binding),
    ).rejects.toThrow();
    await expect(openSession(ring, sealed, { ...binding, platform: "naukri" })).rejects.toThrow();
  });

  it("never reuses an IV and round-trips any cookie jar", async () => {
    const ring = await parseVaultKeys(`3:${key()}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.string({ minLength: 1 }),
            value: fc.string({ unit: "grapheme" }),
            domain: fc.domain(),
          }),
          {
            maxLength: 20,
          },
        ),
        async (jar) => {
          const a = await sealSession(ring, { cookies: jar }, binding);
          const b = await sealSession(ring, { cookies: jar }, binding);
          expect(a.session_iv).not.toBe(b.session_iv);
          expect((await openSession(ring, a, binding)).cookies).toEqual(jar);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("validates VAULT_KEYS", async () => {
    await expect(parseVaultKeys("")).rejects.toThrow(/no keys/);
    await expect(parseVaultKeys(`x:${key()}`)).rejects.toThrow(/version/);
    await expect(parseVaultKeys(`1:${randomBytes(16).toString("base64")}`)).rejects.toThrow(
      /32 bytes/,
    );
    await expect(parseVaultKeys(`1:${key()},1:${key()}`)).rejects.toThrow(/twice/);
  });
});
