-- What a user brings: resumes, the personas made from them, and platform sessions.

create table public.resumes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  storage_path text not null,
  file_name text,
  file_hash text not null check (file_hash ~ '^[0-9a-f]{64}$'),
  mime text not null,
  size_bytes integer check (size_bytes >= 0),
  parse_status text not null default 'pending'
    check (parse_status in ('pending', 'parsed', 'needs_text', 'failed')),
  parse_error text check (char_length(parse_error) <= 500),
  parsed jsonb,
  summary text,
  is_primary boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (user_id, file_hash)
);
create unique index resumes_one_primary on public.resumes (user_id) where is_primary;
create trigger resumes_touch before update on public.resumes
  for each row execute function app.touch_updated_at();

-- The three persona options made from one resume, one row each; the user chooses one.
create table public.personas (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  resume_id uuid not null references public.resumes (id) on delete cascade,
  position smallint not null check (position between 1 and 3),
  persona text not null check (
    persona in ('student', 'early_career', 'professional', 'switcher', 'returning', 'freelancer')
  ),
  headline text not null,
  summary text,
  target_roles text[] not null default '{}',
  is_chosen boolean not null default false,
  chosen_at timestamptz,
  created_at timestamptz not null default now(),
  unique (resume_id, position)
);
create unique index personas_one_chosen on public.personas (user_id) where is_chosen;

-- Sealed platform sessions. session_encrypted/session_iv are base64 text (AES-256-GCM under
-- key_version) and are never selectable by anon/authenticated (column privileges, RLS file).
create table public.user_connections (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  platform text not null
    check (platform in ('linkedin', 'naukri', 'indeed', 'internshala', 'foundit')),
  session_encrypted text,
  session_iv text,
  key_version integer not null default 1 check (key_version > 0),
  is_valid boolean not null default true,
  consecutive_failures integer not null default 0 check (consecutive_failures >= 0),
  estimated_expires_at timestamptz,
  user_agent text,
  viewport jsonb,
  warned_7d boolean not null default false,
  warned_3d boolean not null default false,
  warned_1d boolean not null default false,
  last_checked_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (user_id, platform),
  check ((session_encrypted is null) = (session_iv is null))
);
create index user_connections_expiring on public.user_connections (estimated_expires_at)
  where is_valid;
create trigger user_connections_touch before update on public.user_connections
  for each row execute function app.touch_updated_at();
