import { z } from "zod";
import type { Sql, TransactionSql } from "../../../shared/db/sql.ts";

// Compares zod row schemas with the database catalog: columns, nullability, type
// compatibility and the allowed values of CHECK-constrained columns.

interface Column {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
  data_type: string;
}

export interface Catalog {
  columns: Column[];
  /** "table.column" → the values a single-column CHECK allows (an IN list or `<@ ARRAY`). */
  checkValues: Map<string, string[]>;
}

// Columns whose value set is enforced by something other than a CHECK.
const ENUM_WITHOUT_CHECK: Record<string, string> = {
  "payments.plan_id": "foreign key to plans.id, whose CHECK lists the tiers",
  "dispatch_outbox.channel": "generated from target",
};

export async function loadCatalog(sql: Sql | TransactionSql): Promise<Catalog> {
  const columns = await sql<Column[]>`
    select table_name, column_name, is_nullable, data_type
    from information_schema.columns where table_schema = 'public'
    order by table_name, ordinal_position`;
  const checks = await sql<{ tbl: string; col: string; def: string }[]>`
    select c.conrelid::regclass::text as tbl, a.attname as col, pg_get_constraintdef(c.oid) as def
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'c' and cardinality(c.conkey) = 1
      and c.connamespace = 'public'::regnamespace`;
  const checkValues = new Map<string, string[]>();
  for (const { tbl, col, def } of checks) {
    const values = literalSet(def);
    if (values) checkValues.set(`${tbl.replace(/^public\./, "")}.${col}`, values);
  }
  return { columns: [...columns], checkValues };
}

export function tablesOf(catalog: Catalog): string[] {
  return [...new Set(catalog.columns.map((c) => c.table_name))].sort();
}

/** The literal set of `x = ANY (ARRAY[...])`, `x <@ ARRAY[...]` or `x = 'v'`, else null. */
function literalSet(def: string): string[] | null {
  const array = /(?:= ANY \(|<@ )ARRAY\[(.*?)\]/.exec(def);
  if (array) {
    return array[1]!.split(",").map((v) =>
      v
        .trim()
        .replace(/::\w+$/, "")
        .replace(/^'|'$/g, ""),
    );
  }
  const single = /^CHECK \(\(\w+ = '([^']*)'::text\)\)$/.exec(def);
  return single ? [single[1]!] : null;
}

function unwrapNullable(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  if (schema instanceof z.ZodNullable)
    return { inner: schema.unwrap() as z.ZodType, nullable: true };
  return { inner: schema, nullable: false };
}

/** Values a zod schema restricts a column (or an array column's elements) to, if any. */
function zodValueSet(schema: z.ZodType): string[] | null {
  const s = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : schema;
  if (s instanceof z.ZodEnum) return (s.options as (string | number)[]).map(String);
  if (s instanceof z.ZodUnion) {
    const values = (s.options as z.ZodType[]).map((o) =>
      o instanceof z.ZodLiteral ? String(o.value) : null,
    );
    return values.every((v) => v !== null) ? (values as string[]) : null;
  }
  return null;
}

// Values of each Postgres type that the column's schema must accept (both as postgres.js
// returns them and as JSON carries them), and one it must reject.
const SAMPLES: Record<string, { ok: unknown[]; bad: unknown }> = {
  uuid: { ok: [crypto.randomUUID()], bad: "not-a-uuid" },
  text: { ok: ["x"], bad: 1 },
  integer: { ok: [1], bad: "x" },
  smallint: { ok: [1], bad: "x" },
  bigint: { ok: [1, "1"], bad: "x" },
  numeric: { ok: [1.5, "1.5"], bad: "x" },
  "double precision": { ok: [1.5], bad: "x" },
  boolean: { ok: [true], bad: "x" },
  "timestamp with time zone": { ok: [new Date(), "2026-01-01T00:00:00+05:30"], bad: "never" },
  date: { ok: [new Date(), "2026-01-01"], bad: "never" },
  ARRAY: { ok: [[]], bad: "x" },
};

/** Every disagreement between `schemas` and the catalog, as readable lines. */
export function findDrift(schemas: Record<string, z.ZodObject>, catalog: Catalog): string[] {
  const problems: string[] = [];
  for (const [table, schema] of Object.entries(schemas)) {
    const dbCols = catalog.columns.filter((c) => c.table_name === table);
    const shape = schema.shape as Record<string, z.ZodType>;
    const missing = dbCols.filter((c) => !(c.column_name in shape)).map((c) => c.column_name);
    const extra = Object.keys(shape).filter((k) => !dbCols.some((c) => c.column_name === k));
    if (missing.length) problems.push(`${table}: zod lacks ${missing.join(", ")}`);
    if (extra.length) problems.push(`${table}: database lacks ${extra.join(", ")}`);

    for (const col of dbCols) {
      const field = shape[col.column_name];
      if (!field) continue;
      const key = `${table}.${col.column_name}`;
      const { inner, nullable } = unwrapNullable(field);
      if (nullable !== (col.is_nullable === "YES")) {
        problems.push(`${key}: nullable in ${nullable ? "zod" : "database"} only`);
      }
      const zodValues = zodValueSet(inner);
      const dbValues = catalog.checkValues.get(key) ?? null;
      if (zodValues || dbValues) {
        if (!dbValues && !(key in ENUM_WITHOUT_CHECK)) {
          problems.push(`${key}: zod allows only [${zodValues}] but no CHECK says so`);
        } else if (!zodValues) {
          problems.push(`${key}: CHECK allows only [${dbValues}] but zod is open`);
        } else if (dbValues && [...zodValues].sort().join() !== [...dbValues].sort().join()) {
          problems.push(`${key}: zod [${zodValues}] ≠ CHECK [${dbValues}]`);
        }
        continue;
      }
      if (col.data_type === "jsonb") continue;
      const samples = SAMPLES[col.data_type];
      if (!samples) {
        problems.push(`${key}: no samples for type ${col.data_type}`);
        continue;
      }
      for (const ok of samples.ok) {
        if (!inner.safeParse(ok).success) {
          problems.push(`${key}: zod rejects ${JSON.stringify(ok)} (${col.data_type})`);
        }
      }
      if (inner.safeParse(samples.bad).success) {
        problems.push(`${key}: zod accepts ${JSON.stringify(samples.bad)} (${col.data_type})`);
      }
    }
  }
  return problems;
}
