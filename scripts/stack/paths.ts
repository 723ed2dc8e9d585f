import { join } from "node:path";

export const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
export const DATA_DIR = join(ROOT, ".data");

export const LOCAL = {
  pgDir: join(DATA_DIR, "pg"),
  pgPort: 54322,
  functionsPort: 54321,
  sandboxPort: 54330,
  storageDir: join(DATA_DIR, "storage"),
  localJson: join(DATA_DIR, "local.json"),
  pidFile: join(DATA_DIR, "stack.pid"),
};

export const TEST = {
  pgDir: join(DATA_DIR, "pg-test"),
  pgPort: 54329,
};

export const DENO = join(ROOT, "node_modules", ".bin", "deno");
export const TSX_IMPORT = ["--import", "tsx"];
