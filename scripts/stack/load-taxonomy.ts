import type { Sql } from "../../shared/db/sql.ts";
import { syncTaxonomy, type TaxonomySync } from "../../shared/intelligence-db/taxonomy-sync.ts";

/**
 * Loads the skill taxonomy data file (shared/intelligence/taxonomy/*.json) into
 * `skills`/`role_families` after migrations. Idempotent: a database that already holds this
 * version of the file is not touched. (The agents make the same check on first use, which
 * is what covers a Supabase project migrated with `supabase db push`.)
 */
export async function loadTaxonomyIntoDatabase(sql: Sql): Promise<TaxonomySync> {
  return syncTaxonomy(sql);
}
