-- What the intelligence agents (functions/agents/agents/) need beyond the data model. (Which
-- run found a job is jobs.first_run_id, added by 20261123003000_discovery.sql.)

-- A remote role anyone living in India can take (jd-clean decides it from the posting).
alter table public.jobs add column remote_india boolean not null default false;
-- The engine's seniority levels (shared/intelligence/normalise/seniority.ts): people managers
-- and directors are levels of their own, above lead ('executive' stays for old rows).
alter table public.jobs drop constraint jobs_seniority_check;
alter table public.jobs add constraint jobs_seniority_check check (
  seniority in ('intern', 'entry', 'mid', 'senior', 'lead', 'manager', 'director', 'executive'));
-- Full scans walk every active, cleaned job by id.
create index jobs_scannable on public.jobs (id) where is_active and jd_cleaned;

-- The role families a persona option targets (its own track first, then one adjacent).
alter table public.personas add column role_families text[] not null default '{}';

-- Salary bands are per role family × city × experience band, with a p90 as well.
alter table public.salary_benchmarks
  add column exp_band text not null default 'all'
    check (exp_band in ('all', '0-2', '3-5', '6-9', '10+'));
alter table public.salary_benchmarks add column p90_inr integer check (p90_inr >= 0);
alter table public.salary_benchmarks drop constraint salary_benchmarks_role_family_city_seniority_key;
alter table public.salary_benchmarks
  add constraint salary_benchmarks_band unique (role_family, city, seniority, exp_band);

-- Which version of the taxonomy data file (shared/intelligence/taxonomy/*.json) is loaded into
-- skills/role_families. One row; written by shared/intelligence-db/taxonomy-sync.ts.
create table app.taxonomy_state (
  id boolean primary key default true check (id),
  version text not null,
  skills integer not null check (skills >= 0),
  role_families integer not null check (role_families >= 0),
  loaded_at timestamptz not null default now()
);
revoke all on app.taxonomy_state from public;

-- A sweep wakes each agent that has flagged work and no wake-up already waiting, so a lost
-- wake-up costs at most one sweep interval (ARCHITECTURE.md decision 1). Returns how many
-- wake-ups it queued.
create or replace function app.dispatch_intelligence_sweep()
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_count integer := 0;
  v_want record;
begin
  for v_want in
    select * from (values
      ('agents/jd-clean', '{}'::jsonb,
       exists (select 1 from public.jobs where not jd_cleaned)
       or exists (select 1 from public.scrape_runs
                   where not jd_clean_complete and status in ('done', 'dead'))),
      ('agents/fit-score', '{"mode": "sweep"}'::jsonb,
       exists (select 1 from public.users
                where fit_scores_stale and persona is not null and deleted_at is null)
       or exists (select 1 from public.scrape_runs where jd_clean_complete and not scoring_complete)),
      ('agents/skill-gap', '{"mode": "sweep"}'::jsonb,
       exists (select 1 from public.users
                where skill_gap_stale and persona is not null and deleted_at is null)),
      ('agents/career-intel', '{"mode": "sweep"}'::jsonb,
       exists (select 1 from public.users
                where career_intel_stale and persona is not null and deleted_at is null))
    ) as w(target, payload, needed)
  loop
    if v_want.needed and not exists (
      select 1 from public.dispatch_outbox o
       where o.target = v_want.target and o.payload = v_want.payload
         and o.status in ('pending', 'running')) then
      perform app.dispatch(v_want.target, v_want.payload);
      v_count := v_count + 1;
    end if;
  end loop;
  return v_count;
end $$;

-- Every ten minutes, in the cron database only (see 20261123001950_schedules.sql).
do $$
begin
  if current_database() is distinct from current_setting('cron.database_name', true) then
    return;
  end if;
  create extension if not exists pg_cron;
  perform cron.schedule('intelligence-sweep', '*/10 * * * *',
    'select app.dispatch_intelligence_sweep()');
end $$;
