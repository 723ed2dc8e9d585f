-- Conventions for every table Talvix adds (read this before adding one):
--   * Closed value sets are `text` + CHECK constraints, never Postgres enum types: adding a
--     value is a plain constraint swap inside a migration (enum values cannot be removed and
--     `alter type ... add value` cannot run inside the runner's transaction), and the zod
--     drift test reads the allowed values straight from the CHECK definition.
--   * Timestamps are `timestamptz`; money is INR in integers (paise for payments and plans,
--     whole rupees per year for salaries) or numeric LPA for CTC figures the user types.
--   * Ids are `uuid default gen_random_uuid()`, except taxonomy slugs (`skills.id`,
--     `role_families.id`), `plans.id` (= the tier name) and natural keys noted per table.
--   * Every table in `public` has RLS on and starts with nothing granted to anon/authenticated
--     (Supabase's default privileges grant everything; see 20261123001800_rls.sql).

-- Functions in `app` are internal: nobody but their owner (and the superuser the functions
-- and workers connect as) may run them, whatever Postgres's default EXECUTE to PUBLIC says.
alter default privileges in schema app revoke execute on functions from public;

-- The IST calendar day of an instant: daily limits, scrape runs and resets follow it.
create or replace function app.ist_date(p_at timestamptz default now())
returns date language sql stable set search_path = '' as $$
  select (p_at at time zone 'Asia/Kolkata')::date
$$;

-- Keeps updated_at honest whoever writes the row.
create or replace function app.touch_updated_at()
returns trigger language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  return new;
end $$;
