import { StorageClient } from "@supabase/storage-js";
import { assertStoragePath, toBytes, type Storage } from "./storage.ts";

export interface SupabaseStorageOptions {
  /** The project URL, e.g. https://<ref>.supabase.co */
  supabaseUrl: string;
  serviceRoleKey: string;
  bucket: string;
  /** Injected at the network edge in tests. */
  fetch?: typeof fetch;
}

/**
 * Production storage: one private Supabase Storage bucket, our folders as prefixes. Uses the
 * Storage client alone (not the whole supabase-js client, which would open Realtime).
 */
export function createSupabaseStorage(options: SupabaseStorageOptions): Storage {
  const client = new StorageClient(
    `${options.supabaseUrl.replace(/\/$/, "")}/storage/v1`,
    { apikey: options.serviceRoleKey, Authorization: `Bearer ${options.serviceRoleKey}` },
    options.fetch,
  );
  const files = () => client.from(options.bucket);
  return {
    async put(path, body, options) {
      assertStoragePath(path);
      const { error } = await files().upload(path, toBytes(body), {
        upsert: true,
        contentType: options?.contentType ?? "application/octet-stream",
      });
      if (error) throw new Error(`storage put ${path}: ${error.message}`);
    },
    async get(path) {
      assertStoragePath(path);
      const { data, error } = await files().download(path);
      if (error) {
        const status = (error as { status?: number; statusCode?: string }).status;
        const code = (error as { statusCode?: string }).statusCode;
        if (
          status === 404 ||
          status === 400 ||
          code === "404" ||
          /not.?found/i.test(error.message)
        ) {
          return null;
        }
        throw new Error(`storage get ${path}: ${error.message}`);
      }
      return new Uint8Array(await data.arrayBuffer());
    },
    async delete(path) {
      assertStoragePath(path);
      const { error } = await files().remove([path]);
      if (error) throw new Error(`storage delete ${path}: ${error.message}`);
    },
    async signedReadUrl(path, expiresInSeconds) {
      assertStoragePath(path);
      const { data, error } = await files().createSignedUrl(path, expiresInSeconds);
      if (error || !data) throw new Error(`storage sign ${path}: ${error?.message ?? "no url"}`);
      return data.signedUrl;
    },
  };
}
