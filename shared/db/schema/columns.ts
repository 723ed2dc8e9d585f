import { z } from "zod";

/**
 * Column types as rows arrive from Postgres, either straight from postgres.js (Date objects,
 * numeric/bigint as strings) or through JSON (`to_jsonb` in the lease functions, HTTP
 * bodies: ISO strings, numbers). Each accepts both shapes and yields one.
 */
export const uuid = z.guid();

const toDate = (v: unknown) => (typeof v === "string" || typeof v === "number" ? new Date(v) : v);

/** timestamptz and date. */
export const timestamp = z.preprocess(toDate, z.date());

/** integer and smallint: postgres.js and JSON both give numbers. */
export const int = z.number().int();

/** numeric, bigint and double precision: postgres.js gives strings for the first two. */
export const numeric = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number(),
);

/** A jsonb object column. */
export const jsonObject = z.record(z.string(), z.unknown());

/** A jsonb array column. */
export const jsonArray = z.array(z.unknown());

/** The lease columns every leasable table shares, besides its state column. */
export const leaseColumns = {
  run_at: timestamp,
  attempts: int,
  max_attempts: int,
  locked_by: z.string().nullable(),
  locked_until: timestamp.nullable(),
  last_error: z.string().nullable(),
};
