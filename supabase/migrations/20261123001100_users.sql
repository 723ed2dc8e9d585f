-- Users and what they tell us about the job they want.

create table public.users (
  id uuid primary key references auth.users (id) on delete cascade,
  email text,
  full_name text check (char_length(full_name) <= 200),
  phone text check (char_length(phone) <= 32),
  tier text not null default 'free' check (tier in ('free', 'student', 'professional')),
  subscription_started_at timestamptz,
  subscription_expires_at timestamptz,
  razorpay_customer_id text,
  razorpay_subscription_id text,
  persona text check (
    persona in ('student', 'early_career', 'professional', 'switcher', 'returning', 'freelancer')
  ),
  current_title text check (char_length(current_title) <= 200),
  experience_years numeric(4, 1) check (experience_years between 0 and 60),
  current_ctc_lpa numeric(7, 2) check (current_ctc_lpa >= 0),
  expected_ctc_lpa numeric(7, 2) check (expected_ctc_lpa >= 0),
  cities_preferred text[] not null default '{}' check (cardinality(cities_preferred) <= 10),
  work_modes_preferred text[] not null default '{}'
    check (work_modes_preferred <@ array['onsite', 'hybrid', 'remote']),
  notice_period_days smallint check (notice_period_days between 0 and 365),
  -- E.164: a plus, a non-zero country code, 8 to 15 digits in all.
  wa_phone text check (wa_phone ~ '^\+[1-9][0-9]{7,14}$'),
  wa_opted_in boolean not null default false,
  notif_prefs jsonb not null
    default '{"quiet_hours": {"start": "22:00", "end": "08:00"}, "coach": true}'::jsonb
    check (jsonb_typeof(notif_prefs) = 'object'),
  fit_scores_stale boolean not null default true,
  skill_gap_stale boolean not null default true,
  career_intel_stale boolean not null default true,
  onboarding_completed boolean not null default false,
  dashboard_ready boolean not null default false,
  auto_apply_enabled boolean not null default false,
  auto_apply_paused boolean not null default false,
  auto_apply_activated_at timestamptz,
  review_mode_until timestamptz,
  daily_apply_limit smallint not null default 10 check (daily_apply_limit between 5 and 25),
  applies_today integer not null default 0 check (applies_today >= 0),
  applies_this_month integer not null default 0 check (applies_this_month >= 0),
  last_active_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index users_active_auto_apply on public.users (tier)
  where auto_apply_enabled and not auto_apply_paused and deleted_at is null;
create trigger users_touch before update on public.users
  for each row execute function app.touch_updated_at();

-- Every sign-up gets its profile row. Security definer because Supabase's auth service
-- (supabase_auth_admin) inserts into auth.users and has no rights on public.users.
create or replace function app.handle_new_auth_user()
returns trigger language plpgsql security definer set search_path = '' as $$
begin
  insert into public.users (id, email) values (new.id, new.email) on conflict (id) do nothing;
  return new;
end $$;
create trigger on_auth_user_created after insert on auth.users
  for each row execute function app.handle_new_auth_user();

-- At most five target roles: priority 1..5, unique per user. Deferrable so the SPA can swap
-- two priorities in one transaction.
create table public.user_target_roles (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 120),
  role_family text,
  priority smallint not null check (priority between 1 and 5),
  created_at timestamptz not null default now(),
  constraint user_target_roles_priority unique (user_id, priority) deferrable initially deferred
);

create table public.user_company_prefs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  company text not null check (char_length(company) between 1 and 200),
  -- Written by the caller with shared/intelligence's company normaliser, like jobs.company_canonical.
  company_canonical text not null check (char_length(company_canonical) between 1 and 200),
  kind text not null check (kind in ('dream', 'blacklist')),
  created_at timestamptz not null default now(),
  unique (user_id, company_canonical)
);
