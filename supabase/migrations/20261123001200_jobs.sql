-- The job market: taxonomy, jobs from every portal, and the nightly scrape runs.

create table public.role_families (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9_]*$'),
  name text not null,
  description text,
  parent_id text references public.role_families (id) on delete set null,
  keywords text[] not null default '{}',
  created_at timestamptz not null default now()
);

-- Skill ids are slugs ("python", "react", "ci_cd"); aliases are what resumes and JDs say.
create table public.skills (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9_.+#-]*$'),
  name text not null,
  aliases text[] not null default '{}',
  category text not null default 'other',
  role_families text[] not null default '{}',
  created_at timestamptz not null default now()
);
create index skills_aliases on public.skills using gin (aliases);

create table public.jobs (
  id uuid primary key default gen_random_uuid(),
  -- Same job on several portals → one row: hash of canonical title, company and city.
  fingerprint text not null unique,
  title text not null,
  title_canonical text not null,
  company text not null,
  company_canonical text not null,
  city text,
  locations text[] not null default '{}',
  work_mode text check (work_mode in ('onsite', 'hybrid', 'remote')),
  employment_type text
    check (employment_type in ('full_time', 'part_time', 'contract', 'internship', 'freelance')),
  seniority text check (seniority in ('intern', 'entry', 'mid', 'senior', 'lead', 'executive')),
  -- A role_families slug, not a foreign key: scrapers must never fail on a family the
  -- taxonomy has not learnt yet.
  role_family text,
  -- Annual CTC in whole rupees.
  salary_min_inr integer check (salary_min_inr >= 0),
  salary_max_inr integer check (salary_max_inr >= 0),
  exp_min_years numeric(4, 1) check (exp_min_years >= 0),
  exp_max_years numeric(4, 1) check (exp_max_years >= 0),
  jd_path text,
  jd_text text,
  jd_sections jsonb,
  jd_cleaned boolean not null default false,
  is_active boolean not null default true,
  is_new boolean not null default true,
  posted_at timestamptz,
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (salary_min_inr is null or salary_max_inr is null or salary_min_inr <= salary_max_inr),
  check (exp_min_years is null or exp_max_years is null or exp_min_years <= exp_max_years)
);
create index jobs_active_seen on public.jobs (last_seen_at) where is_active;
create index jobs_uncleaned on public.jobs (first_seen_at) where not jd_cleaned;
create index jobs_active_family on public.jobs (role_family, first_seen_at) where is_active;
create trigger jobs_touch before update on public.jobs
  for each row execute function app.touch_updated_at();

create table public.job_sources (
  id uuid primary key default gen_random_uuid(),
  job_id uuid not null references public.jobs (id) on delete cascade,
  -- Job boards and the public ATS feeds discovery reads (see worker-exec/src/scrape).
  source text not null check (source in ('greenhouse', 'lever', 'ashby', 'smartrecruiters',
                                         'workday', 'linkedin', 'naukri', 'indeed',
                                         'internshala', 'foundit')),
  external_id text not null,
  url text not null,
  apply_url text,
  easy_apply boolean not null default false,
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  unique (source, external_id)
);
create index job_sources_job on public.job_sources (job_id);

create table public.job_skills (
  job_id uuid not null references public.jobs (id) on delete cascade,
  -- A skills slug; no foreign key for the same reason as jobs.role_family.
  skill_id text not null,
  importance text not null default 'required' check (importance in ('required', 'nice_to_have')),
  primary key (job_id, skill_id)
);
create index job_skills_skill on public.job_skills (skill_id);

-- Leased by worker-exec; the lease state lives in `status` (see 20261123001700_leases.sql).
create table public.scrape_runs (
  id uuid primary key default gen_random_uuid(),
  trigger text not null default 'manual' check (trigger in ('schedule', 'manual')),
  run_date date not null default app.ist_date(),
  status text not null default 'pending' check (status in ('pending', 'running', 'done', 'dead')),
  run_at timestamptz not null default now(),
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 3 check (max_attempts > 0),
  locked_by text,
  locked_until timestamptz,
  last_error text check (char_length(last_error) <= 2000),
  started_at timestamptz,
  finished_at timestamptz,
  targets jsonb not null default '[]'::jsonb,
  source_counts jsonb not null default '{}'::jsonb,
  source_failures jsonb not null default '{}'::jsonb,
  jobs_seen integer not null default 0 check (jobs_seen >= 0),
  jobs_new integer not null default 0 check (jobs_new >= 0),
  has_new_jobs boolean not null default false,
  jd_clean_complete boolean not null default false,
  scoring_complete boolean not null default false,
  created_at timestamptz not null default now(),
  check (status <> 'running' or (locked_by is not null and locked_until is not null))
);
-- One scheduled run per IST day, however often pg_cron fires.
create unique index scrape_runs_one_scheduled_per_day on public.scrape_runs (run_date)
  where trigger = 'schedule';
create index scrape_runs_claimable on public.scrape_runs (run_at) where status = 'pending';
create index scrape_runs_leased on public.scrape_runs (locked_until) where status = 'running';
