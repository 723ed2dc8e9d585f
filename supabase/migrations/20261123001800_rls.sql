-- Row-level security and column privileges.
--
-- Deny by default: Supabase's default privileges grant every table in `public` to anon and
-- authenticated, so first take everything back and turn RLS on everywhere, then grant the
-- few things the product lets a signed-in user do. Functions and workers connect as the
-- `postgres` superuser (bypassing RLS); these rules are for PostgREST/Realtime callers.
-- A table added later must do the same; tests/integration/data-model/rls.test.ts fails when
-- a table in `public` has RLS off or a user_id table lets one user see another's rows.
do $$
declare
  t record;
begin
  for t in select tablename from pg_tables where schemaname = 'public' loop
    execute format('alter table public.%I enable row level security', t.tablename);
    execute format('revoke all on table public.%I from anon, authenticated', t.tablename);
  end loop;
end $$;

-- users: own row only. Users edit their profile; tier, subscription, counters, staleness
-- flags, auto-apply activation and deletion are written by the server alone (column grants:
-- an UPDATE naming any other column fails with "permission denied").
grant select on public.users to authenticated;
grant update (
  full_name, phone, persona, current_title, experience_years, current_ctc_lpa, expected_ctc_lpa,
  cities_preferred, work_modes_preferred, notice_period_days, wa_phone, wa_opted_in,
  notif_prefs, auto_apply_paused, daily_apply_limit
) on public.users to authenticated;
create policy users_select_own on public.users for select to authenticated
  using (id = (select auth.uid()));
create policy users_update_own on public.users for update to authenticated
  using (id = (select auth.uid())) with check (id = (select auth.uid()));

-- Target roles and company preferences: the user's own, fully editable.
grant select, insert, delete on public.user_target_roles to authenticated;
grant update (title, role_family, priority) on public.user_target_roles to authenticated;
create policy user_target_roles_own on public.user_target_roles for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

grant select, insert, delete on public.user_company_prefs to authenticated;
grant update (company, company_canonical, kind) on public.user_company_prefs to authenticated;
create policy user_company_prefs_own on public.user_company_prefs for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

-- Manual applications: the user records them and moves any of their applications along the
-- pipeline (status, notes). Everything auto-apply owns stays server-side.
grant select on public.job_applications to authenticated;
grant insert (user_id, job_id, method, status, notes, applied_at)
  on public.job_applications to authenticated;
grant update (status, notes, applied_at) on public.job_applications to authenticated;
create policy job_applications_select_own on public.job_applications for select to authenticated
  using (user_id = (select auth.uid()));
create policy job_applications_insert_manual on public.job_applications for insert
  to authenticated with check (user_id = (select auth.uid()) and method = 'manual');
create policy job_applications_update_own on public.job_applications for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

-- Notifications: read own; mark read (the trigger turns read_at into status 'read').
grant select on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
create policy notifications_select_own on public.notifications for select to authenticated
  using (user_id = (select auth.uid()));
create policy notifications_update_own on public.notifications for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

-- Platform connections: readable without the sealed session, which no API role can select.
grant select (
  id, user_id, platform, key_version, is_valid, consecutive_failures, estimated_expires_at,
  user_agent, viewport, warned_7d, warned_3d, warned_1d, last_checked_at, created_at, updated_at
) on public.user_connections to authenticated;
create policy user_connections_select_own on public.user_connections for select
  to authenticated using (user_id = (select auth.uid()));

-- Agent-written tables the user may read, never write.
do $$
declare
  t text;
begin
  foreach t in array array[
    'resumes', 'personas', 'job_fit_scores', 'user_fit_score_cursors', 'application_answers',
    'skill_gap_results', 'career_intelligence', 'payments', 'consents'
  ] loop
    execute format('grant select on public.%I to authenticated', t);
    execute format(
      'create policy %I on public.%I for select to authenticated using (user_id = (select auth.uid()))',
      t || '_select_own', t);
  end loop;
end $$;

-- Shared reference data: readable by everyone signed in (plans by anyone: the pricing page).
do $$
declare
  t text;
begin
  foreach t in array array['jobs', 'job_sources', 'job_skills', 'skills', 'role_families',
                           'salary_benchmarks'] loop
    execute format('grant select on public.%I to authenticated', t);
    execute format('create policy %I on public.%I for select to authenticated using (true)',
                   t || '_select_signed_in', t);
  end loop;
end $$;
grant select on public.plans to anon, authenticated;
create policy plans_select_all on public.plans for select to anon, authenticated using (true);

-- Everything else (scrape_runs, agent_logs, llm_usage, learning_signals, model_weights,
-- calibration_runs, razorpay_events, worker_heartbeats, dispatch_outbox, refresh_tokens,
-- rate_limit_buckets, audit_log, system_daily_limits) is internal: no grants, no policies.

-- Realtime pushes notifications and the dashboard flags to the SPA (Supabase only).
do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
    if not exists (select 1 from pg_publication_tables
                   where pubname = 'supabase_realtime' and tablename = 'notifications') then
      alter publication supabase_realtime add table public.notifications;
    end if;
    if not exists (select 1 from pg_publication_tables
                   where pubname = 'supabase_realtime' and tablename = 'users') then
      alter publication supabase_realtime add table public.users;
    end if;
  end if;
end $$;
