import type { Sql } from "../db/sql.ts";
import { loadTaxonomy, type Taxonomy } from "../intelligence/index.ts";

/** Serialises concurrent loaders on one database (any constant). */
const LOCK_KEY = 727_384_101;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A content hash of the taxonomy data file: the same file gives the same version everywhere. */
export async function taxonomyVersion(taxonomy: Taxonomy = loadTaxonomy()): Promise<string> {
  const hash = await sha256Hex(JSON.stringify([taxonomy.skills, taxonomy.roleFamilies]));
  return `tx-${hash.slice(0, 16)}`;
}

export interface TaxonomySync {
  version: string;
  /** False when the database already held this version. */
  loaded: boolean;
  skills: number;
  role_families: number;
}

/**
 * Loads the taxonomy data file into `skills`/`role_families` (upsert, and removes ids the file
 * no longer has), recording the version in `app.taxonomy_state`. Idempotent and cheap when
 * the version is already loaded: one indexed read.
 */
export async function syncTaxonomy(
  sql: Sql,
  taxonomy: Taxonomy = loadTaxonomy(),
): Promise<TaxonomySync> {
  const version = await taxonomyVersion(taxonomy);
  const counts = { skills: taxonomy.skills.length, role_families: taxonomy.roleFamilies.length };
  const [current] = await sql<{ version: string }[]>`select version from app.taxonomy_state`;
  if (current?.version === version) return { version, loaded: false, ...counts };

  const families = taxonomy.roleFamilies.map((f) => ({
    id: f.id,
    name: f.name,
    keywords: f.title_keywords,
  }));
  const skills = taxonomy.skills.map((s) => ({
    id: s.id,
    name: s.name,
    aliases: s.aliases,
    category: s.category,
    role_families: s.role_families,
  }));
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${LOCK_KEY})`;
    const [again] = await tx<{ version: string }[]>`select version from app.taxonomy_state`;
    if (again?.version === version) return { version, loaded: false, ...counts };
    await tx`
      insert into public.role_families (id, name, keywords)
      select id, name, keywords
        from json_to_recordset(${tx.json(families as never)}::json)
          as f(id text, name text, keywords text[])
      on conflict (id) do update set name = excluded.name, keywords = excluded.keywords
       where (role_families.name, role_families.keywords)
             is distinct from (excluded.name, excluded.keywords)`;
    await tx`
      insert into public.skills (id, name, aliases, category, role_families)
      select id, name, aliases, category, role_families
        from json_to_recordset(${tx.json(skills as never)}::json)
          as s(id text, name text, aliases text[], category text, role_families text[])
      on conflict (id) do update
        set name = excluded.name, aliases = excluded.aliases, category = excluded.category,
            role_families = excluded.role_families
       where (skills.name, skills.aliases, skills.category, skills.role_families)
             is distinct from
             (excluded.name, excluded.aliases, excluded.category, excluded.role_families)`;
    await tx`delete from public.skills where id <> all(${skills.map((s) => s.id)}::text[])`;
    await tx`
      delete from public.role_families where id <> all(${families.map((f) => f.id)}::text[])`;
    await tx`
      insert into app.taxonomy_state (id, version, skills, role_families)
      values (true, ${version}, ${counts.skills}, ${counts.role_families})
      on conflict (id) do update
        set version = excluded.version, skills = excluded.skills,
            role_families = excluded.role_families, loaded_at = now()`;
    return { version, loaded: true, ...counts };
  });
}

const ensured = new WeakMap<Sql, Promise<TaxonomySync>>();

/**
 * What every agent calls first: the taxonomy it matches with (the data file, compiled once
 * per process) is the one in the database. Checked once per process and connection pool.
 */
export function ensureTaxonomy(sql: Sql): Promise<TaxonomySync> {
  let done = ensured.get(sql);
  if (!done) {
    done = syncTaxonomy(sql);
    done.catch(() => ensured.delete(sql));
    ensured.set(sql, done);
  }
  return done;
}
