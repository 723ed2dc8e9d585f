import { join } from "node:path";

export const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
/** Overridable so a test can run a second, throw-away stack beside a developer's. */
export const DATA_DIR = process.env.TALVIX_DATA_DIR ?? join(ROOT, ".data");
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export const LOCAL = {
  pgDir: join(DATA_DIR, "pg"),
  pgPort: port("TALVIX_PG_PORT", 54322),
  functionsPort: port("TALVIX_FUNCTIONS_PORT", 54321),
  sandboxPort: port("TALVIX_SANDBOX_PORT", 54330),
  storageDir: join(DATA_DIR, "storage"),
  localJson: join(DATA_DIR, "local.json"),
  pidFile: join(DATA_DIR, "stack.pid"),
};

export const TEST = {
  pgDir: join(ROOT, ".data", "pg-test"),
  // Below the ephemeral range (32768+): no outgoing or port-0 socket can be holding it.
  pgPort: port("TALVIX_TEST_PG_PORT", 31329),
};

export const DENO = join(ROOT, "node_modules", ".bin", "deno");
export const TSX_IMPORT = ["--import", "tsx"];
