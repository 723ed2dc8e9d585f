-- Discovery (the 20:00 IST scrape): what to scrape, how far a run got, and the apply route
-- each job keeps. worker-exec claims `scrape_runs` with a lease; everything here is written by
-- it alone, so RLS is on and the API roles get nothing (see 20261123001800_rls.sql).

-- Companies to follow on each ATS. Every active row is one target of its ATS's feed on every
-- run. `slug` is what the adapter takes (Workday: "<tenant>.wd<n>/<site>").
create table public.ats_companies (
  id uuid primary key default gen_random_uuid(),
  ats text not null check (ats in ('greenhouse', 'lever', 'ashby', 'smartrecruiters', 'workday')),
  slug text not null check (char_length(slug) between 1 and 200),
  name text not null check (char_length(name) between 1 and 200),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (ats, slug)
);
create trigger ats_companies_touch before update on public.ats_companies
  for each row execute function app.touch_updated_at();

-- Searches every run makes on the job boards whatever the users want (a floor of coverage
-- for new users and for the market statistics). Users' own target roles × cities are added
-- per run. Internshala's `query` is its category slug.
create table public.discovery_baseline_targets (
  id uuid primary key default gen_random_uuid(),
  source text not null check (source in ('linkedin', 'naukri', 'internshala')),
  query text not null check (char_length(query) between 1 and 120),
  location text not null default 'India' check (char_length(location) <= 120),
  -- Stop the search after this many postings; null = the worker's default.
  max_jobs integer check (max_jobs > 0),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (source, query, location)
);

-- How far a run got, one row per (run, source, target). A worker that dies mid-run leaves
-- its finished targets here; the next claimer skips them and re-runs the rest (the upserts
-- are idempotent, so a half-done target run again adds nothing twice).
create table public.scrape_run_progress (
  run_id uuid not null references public.scrape_runs (id) on delete cascade,
  source text not null,
  target_key text not null check (char_length(target_key) between 1 and 400),
  state text not null default 'running' check (state in ('running', 'done', 'failed', 'skipped')),
  -- Postings the target yielded and stored (a posting = one job_sources row).
  postings integer not null default 0 check (postings >= 0),
  pages integer not null default 0 check (pages >= 0),
  malformed integer not null default 0 check (malformed >= 0),
  -- SourceStopped.reason ('blocked', 'rate_limited', 'http_404', …) or 'error'.
  reason text check (char_length(reason) <= 40),
  message text check (char_length(message) <= 1000),
  -- True when the failure stopped the whole source for this run (blocked, daily cap, …).
  stops_source boolean not null default false,
  worker text,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (run_id, source, target_key)
);

-- Jobs: which run found a job first and saw it last (exact, crash-proof jobs_new/jobs_seen),
-- and the easiest route to apply among every portal that lists it.
alter table public.jobs
  add column first_run_id uuid references public.scrape_runs (id) on delete set null,
  add column last_run_id uuid references public.scrape_runs (id) on delete set null,
  add column apply_url text,
  add column apply_source text,
  add column easy_apply boolean not null default false;
create index jobs_first_run on public.jobs (first_run_id) where first_run_id is not null;
create index jobs_last_run on public.jobs (last_run_id) where last_run_id is not null;

-- The jd-clean wake-up: when it was last sent and how often. The sweep re-sends it for a
-- finished run with new jobs that is still not cleaned once the last one is old enough.
alter table public.scrape_runs
  add column jd_clean_woken_at timestamptz,
  add column jd_clean_wakeups integer not null default 0 check (jd_clean_wakeups >= 0);
create index scrape_runs_jd_clean_due on public.scrape_runs (finished_at)
  where has_new_jobs and not jd_clean_complete;

-- How easy an apply route is (higher is easier): apply on the portal itself (Easy Apply,
-- Naukri's apply), then an ATS's own form, then any other external form, then nothing.
-- worker-exec/src/discovery/apply-route.ts mirrors this for merging inside one batch.
create or replace function app.apply_route_rank(p_source text, p_easy boolean, p_url text)
returns integer language sql immutable set search_path = '' as $$
  select case
    when p_easy then 3
    when p_url is not null
         and p_source in ('greenhouse', 'lever', 'ashby', 'smartrecruiters', 'workday') then 2
    when p_url is not null then 1
    else 0 end
$$;

alter table public.ats_companies enable row level security;
alter table public.discovery_baseline_targets enable row level security;
alter table public.scrape_run_progress enable row level security;
revoke all on table public.ats_companies from anon, authenticated;
revoke all on table public.discovery_baseline_targets from anon, authenticated;
revoke all on table public.scrape_run_progress from anon, authenticated;

-- Companies hiring in India with public boards: Indian employers and global ones with Indian
-- offices. A slug that stops answering fails only its own target (http_404 in
-- scrape_run_progress), never the run; deactivate it then.
insert into public.ats_companies (ats, slug, name) values
  ('greenhouse', 'razorpaysoftwareprivatelimited', 'Razorpay'),
  ('greenhouse', 'phonepe', 'PhonePe'),
  ('greenhouse', 'postman', 'Postman'),
  ('greenhouse', 'browserstack', 'BrowserStack'),
  ('greenhouse', 'hackerrank', 'HackerRank'),
  ('greenhouse', 'inmobi', 'InMobi'),
  ('greenhouse', 'stripe', 'Stripe'),
  ('greenhouse', 'databricks', 'Databricks'),
  ('greenhouse', 'mongodb', 'MongoDB'),
  ('greenhouse', 'gitlab', 'GitLab'),
  ('greenhouse', 'twilio', 'Twilio'),
  ('greenhouse', 'coinbase', 'Coinbase'),
  ('greenhouse', 'airbnb', 'Airbnb'),
  ('lever', 'paytm', 'Paytm'),
  ('lever', 'zeta', 'Zeta'),
  ('lever', 'meesho', 'Meesho'),
  ('lever', 'spotify', 'Spotify'),
  ('ashby', 'openai', 'OpenAI'),
  ('ashby', 'notion', 'Notion'),
  ('ashby', 'posthog', 'PostHog'),
  ('smartrecruiters', 'Visa', 'Visa'),
  ('smartrecruiters', 'BoschGroup', 'Bosch'),
  ('smartrecruiters', 'Freshworks', 'Freshworks'),
  ('smartrecruiters', 'ServiceNow', 'ServiceNow'),
  ('smartrecruiters', 'PublicisGroupe', 'Publicis Groupe'),
  ('workday', 'nvidia.wd5/NVIDIAExternalCareerSite', 'NVIDIA'),
  ('workday', 'salesforce.wd12/External_Career_Site', 'Salesforce'),
  ('workday', 'walmart.wd5/WalmartExternal', 'Walmart Global Tech'),
  ('workday', 'adobe.wd5/external_experienced', 'Adobe'),
  ('workday', 'intel.wd1/External', 'Intel'),
  ('workday', 'mastercard.wd1/CorporateCareers', 'Mastercard'),
  ('workday', 'paypal.wd1/jobs', 'PayPal'),
  ('workday', 'target.wd5/targetcareers', 'Target'),
  ('workday', 'dell.wd1/External', 'Dell Technologies')
on conflict (ats, slug) do nothing;

-- The roles most Indian job seekers search for, across India; Internshala by category.
insert into public.discovery_baseline_targets (source, query, location)
select b.source, q.query, 'India'
  from (values ('linkedin'), ('naukri')) as b (source)
 cross join (values ('software engineer'), ('data analyst'), ('product manager'),
                    ('frontend developer'), ('backend developer'), ('devops engineer'),
                    ('business analyst'), ('sales executive'), ('digital marketing'),
                    ('human resources')) as q (query)
on conflict (source, query, location) do nothing;

insert into public.discovery_baseline_targets (source, query, location)
select 'internshala', c.category, ''
  from (values ('web-development'), ('data-science'), ('computer-science'), ('marketing'),
               ('business-development'), ('human-resources'), ('finance'),
               ('graphic-design')) as c (category)
on conflict (source, query, location) do nothing;
