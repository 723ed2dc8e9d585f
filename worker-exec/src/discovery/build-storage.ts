/**
 * worker-exec's file storage: the shared builder with Node's filesystem, so the worker and
 * the functions store files the same way.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  buildStorage as buildSharedStorage,
  type StorageConfig,
} from "../../../shared/storage/storage-config.ts";
import type { Storage } from "../../../shared/storage/storage.ts";

export type { StorageConfig };

export function buildStorage(config: StorageConfig): Storage {
  return buildSharedStorage(
    { ...config, storageDir: config.storageDir ? resolve(config.storageDir) : undefined },
    { fs: { readFile, writeFile, mkdir, rm }, defaultRoot: resolve(".data/storage") },
  );
}
