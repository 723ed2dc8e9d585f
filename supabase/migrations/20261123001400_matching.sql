-- Scores, applications and the intelligence computed for each user.

create table public.job_fit_scores (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  job_id uuid not null references public.jobs (id) on delete cascade,
  score smallint not null check (score between 0 and 100),
  -- Null below "fair": the job is scored (so it is not rescored) but not worth a label.
  label text check (label in ('strong', 'good', 'fair')),
  recommendation text not null check (recommendation in ('apply', 'consider', 'skip')),
  components jsonb not null default '{}'::jsonb,
  matched_skills text[] not null default '{}',
  missing_skills text[] not null default '{}',
  reasons text[] not null default '{}',
  model_version text not null,
  computed_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '30 days',
  unique (user_id, job_id)
);
create index job_fit_scores_user_score on public.job_fit_scores (user_id, score desc);
create index job_fit_scores_expiry on public.job_fit_scores (expires_at);

-- Delta scoring: how far through the job stream each user's scores are.
create table public.user_fit_score_cursors (
  user_id uuid primary key references public.users (id) on delete cascade,
  last_job_seen_at timestamptz,
  last_job_id uuid,
  last_full_scan_at timestamptz,
  model_version text,
  updated_at timestamptz not null default now()
);

-- Leased by worker-exec when auto_status = 'approved'. The domain state is `status` (the
-- user's pipeline) and `auto_status` (the auto-apply state machine); the lease state lives in
-- `lease_status` ('idle' while no worker has anything to do with the row).
create table public.job_applications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  job_id uuid not null references public.jobs (id) on delete cascade,
  method text not null check (method in ('auto', 'manual')),
  status text not null default 'discovered' check (
    status in ('discovered', 'applied', 'viewed', 'callback', 'interview', 'offer', 'rejected',
               'withdrawn', 'ghosted')
  ),
  auto_status text check (
    auto_status in ('queued', 'approved', 'tailoring', 'applying', 'submitted', 'needs_input',
                    'needs_review', 'failed_captcha', 'failed_session', 'failed_not_found',
                    'skipped', 'deferred_cooldown')
  ),
  fit_score_at_apply smallint check (fit_score_at_apply between 0 and 100),
  tailored_resume_path text,
  cover_letter_path text,
  receipt jsonb,
  screenshot_paths text[] not null default '{}',
  lease_status text not null default 'idle'
    check (lease_status in ('idle', 'pending', 'running', 'done', 'dead')),
  run_at timestamptz not null default now(),
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 3 check (max_attempts > 0),
  locked_by text,
  locked_until timestamptz,
  last_error text check (char_length(last_error) <= 2000),
  failure_note text check (char_length(failure_note) <= 500),
  notes text check (char_length(notes) <= 2000),
  applied_at timestamptz,
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Manual applications have no auto-apply state; auto ones always do.
  check ((method = 'auto') = (auto_status is not null)),
  check (lease_status <> 'running' or (locked_by is not null and locked_until is not null)),
  -- Only the applying worker may record a submission, and only with a receipt.
  check (auto_status is distinct from 'submitted' or submitted_at is not null)
);
-- At most one live application per (user, job): the key that makes auto-apply at-most-once.
-- A withdrawn application frees the slot so the user can apply again by hand.
create unique index job_applications_live on public.job_applications (user_id, job_id)
  where status <> 'withdrawn';
create index job_applications_claimable on public.job_applications (run_at)
  where lease_status = 'pending';
create index job_applications_leased on public.job_applications (locked_until)
  where lease_status = 'running';
create index job_applications_user on public.job_applications (user_id, created_at desc);
create trigger job_applications_touch before update on public.job_applications
  for each row execute function app.touch_updated_at();

-- Approving an auto application is what hands it to the applying worker: arm the lease.
create or replace function app.job_applications_arm_lease()
returns trigger language plpgsql set search_path = '' as $$
begin
  if new.auto_status = 'approved'
     and (tg_op = 'INSERT' or old.auto_status is distinct from 'approved')
     and new.lease_status <> 'running' then
    new.lease_status := 'pending';
    new.run_at := now();
    new.attempts := 0;
  end if;
  return new;
end $$;
create trigger job_applications_arm_lease before insert or update of auto_status
  on public.job_applications for each row execute function app.job_applications_arm_lease();

-- Per-user answer memory for application forms ("notice period?", "current CTC?").
create table public.application_answers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  question_key text not null check (char_length(question_key) between 1 and 300),
  question_text text,
  answer text not null check (char_length(answer) <= 4000),
  source text not null check (source in ('user', 'resume', 'profile', 'inferred')),
  platform text check (platform in ('linkedin', 'naukri', 'indeed', 'internshala', 'foundit')),
  times_used integer not null default 0 check (times_used >= 0),
  last_used_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (user_id, question_key)
);
create trigger application_answers_touch before update on public.application_answers
  for each row execute function app.touch_updated_at();

create table public.skill_gap_results (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  target_role text,
  role_family text,
  readiness_score smallint check (readiness_score between 0 and 100),
  matched_skills jsonb not null default '[]'::jsonb,
  missing_skills jsonb not null default '[]'::jsonb,
  learning_plan jsonb not null default '[]'::jsonb,
  model_version text not null,
  computed_at timestamptz not null default now()
);
create index skill_gap_results_user on public.skill_gap_results (user_id, computed_at desc);

create table public.career_intelligence (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  summary text,
  market_position jsonb not null default '{}'::jsonb,
  salary_insight jsonb not null default '{}'::jsonb,
  trending_skills jsonb not null default '[]'::jsonb,
  recommendations jsonb not null default '[]'::jsonb,
  model_version text not null,
  computed_at timestamptz not null default now()
);
create index career_intelligence_user on public.career_intelligence (user_id, computed_at desc);

-- Market salary bands, annual CTC in whole rupees. 'all' is the roll-up row.
create table public.salary_benchmarks (
  id uuid primary key default gen_random_uuid(),
  role_family text not null,
  city text not null default 'all',
  seniority text not null default 'all',
  p25_inr integer check (p25_inr >= 0),
  p50_inr integer check (p50_inr >= 0),
  p75_inr integer check (p75_inr >= 0),
  sample_size integer not null default 0 check (sample_size >= 0),
  computed_at timestamptz not null default now(),
  unique (role_family, city, seniority)
);
