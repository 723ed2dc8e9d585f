-- Auto-apply (worker-exec/src/apply): the apply window and each user's nightly slot,
-- eligibility (one function, checked at queueing and again just before applying), queueing
-- after scoring, and every state change the applying worker makes.
--
-- At most once (ARCHITECTURE.md decision 3). The worker moves a row
--   approved → applying (app.apply_begin: a new attempt id in receipt.attempt)
--            → click recorded (app.apply_mark_click: receipt.attempt.submit_clicked_at,
--              committed BEFORE the final click)
--            → submitted (app.apply_record_submitted: row, receipt and counters in one
--              transaction, AFTER the confirmation was seen).
-- A row whose attempt recorded a click but no confirmation is never clicked again:
-- app.apply_begin turns it into needs_review, and so does a lease that dies on it.

-- Where the apply window lives: one row, edited by tests and by worker-exec's APPLY_WINDOW.
create table app.apply_settings (
  id boolean primary key default true check (id),
  -- The window opens at window_start (IST) and stays open window_minutes (it may cross
  -- midnight). 23:00 + 7 h: after the 20:00 scrape, cleaning and scoring.
  window_start time not null default '23:00',
  window_minutes integer not null default 420 check (window_minutes between 1 and 1440),
  -- false: every user's slot is "as soon as the window is open" (local runs and tests).
  spread boolean not null default true,
  jitter_minutes integer not null default 10 check (jitter_minutes between 0 and 120),
  monthly_cap integer not null default 250 check (monthly_cap > 0),
  review_days integer not null default 14 check (review_days >= 0)
);
insert into app.apply_settings default values;

-- The window containing p_at, or the next one when p_at is outside every window.
create or replace function app.apply_window(p_at timestamptz default now())
returns table (day date, starts_at timestamptz, ends_at timestamptz, is_open boolean)
language plpgsql stable set search_path = '' as $$
declare
  s app.apply_settings;
  d date;
  v_start timestamptz;
  v_end timestamptz;
begin
  select * into s from app.apply_settings;
  for d in select generate_series(app.ist_date(p_at) - 1, app.ist_date(p_at) + 1, interval '1 day')::date loop
    v_start := (d + s.window_start) at time zone 'Asia/Kolkata';
    v_end := v_start + make_interval(mins => s.window_minutes);
    if p_at < v_end then
      day := d;
      starts_at := v_start;
      ends_at := v_end;
      is_open := p_at >= v_start;
      return next;
      return;
    end if;
  end loop;
end $$;

-- The user's slot in the window containing p_at (or the next): a hash of user and day over
-- the window, plus a few minutes of jitter, never before p_at. With spread off: at once.
create or replace function app.apply_slot(p_user_id uuid, p_at timestamptz default now())
returns timestamptz language plpgsql volatile set search_path = '' as $$
declare
  s app.apply_settings;
  w record;
  v_span integer;
  v_slot timestamptz;
begin
  select * into s from app.apply_settings;
  select * into w from app.apply_window(p_at);
  if not s.spread then
    return greatest(p_at, w.starts_at);
  end if;
  -- Leave the last quarter of the window for retries; jitter stays inside the window.
  v_span := greatest(1, (s.window_minutes * 3) / 4);
  v_slot := w.starts_at
    + make_interval(mins => abs(hashtext(p_user_id::text || ':' || w.day::text)) % v_span)
    + make_interval(secs => floor(random() * s.jitter_minutes * 60));
  v_slot := least(v_slot, w.ends_at - interval '1 minute');
  return greatest(p_at, v_slot);
end $$;

-- Which portal an application goes through and where: an ATS form first (no session to
-- lose), then LinkedIn Easy Apply, then Naukri, then anything with an apply URL.
create or replace function app.apply_target(p_job_id uuid)
returns table (platform text, url text)
language sql stable set search_path = '' as $$
  select s.source, coalesce(s.apply_url, s.url)
    from public.job_sources s
   where s.job_id = p_job_id
     and (s.source not in ('linkedin', 'naukri') or s.easy_apply or s.source = 'naukri')
   order by case
     when s.source in ('greenhouse', 'lever', 'ashby', 'smartrecruiters', 'workday') then 0
     when s.source = 'linkedin' then 1
     when s.source = 'naukri' then 2
     else 3 end, s.last_seen_at desc
   limit 1
$$;

-- Platforms whose forms sit behind the user's own session (user_connections).
create or replace function app.apply_needs_session(p_platform text)
returns boolean language sql immutable set search_path = '' as $$
  select p_platform in ('linkedin', 'naukri', 'indeed', 'internshala', 'foundit')
$$;

-- Eligibility: the first failing reason, or null when the user may apply to the job now.
-- p_stage 'queue' skips what only matters at apply time (the window). p_application_id is
-- the row being applied, which must not count as "already applied" against itself.
create or replace function app.apply_eligibility(
  p_user_id uuid,
  p_job_id uuid default null,
  p_platform text default null,
  p_now timestamptz default now(),
  p_application_id uuid default null,
  p_stage text default 'apply'
) returns text language plpgsql stable set search_path = '' as $$
declare
  u public.users;
  v_plan public.plans;
  s app.apply_settings;
begin
  select * into s from app.apply_settings;
  select * into u from public.users where id = p_user_id;
  if not found or u.deleted_at is not null or not u.auto_apply_enabled then
    return 'auto_apply_off';
  end if;
  if u.auto_apply_paused then
    return 'paused';
  end if;
  select * into v_plan from public.plans where id = u.tier;
  if not coalesce(v_plan.auto_apply, false)
     or (u.subscription_expires_at is not null and u.subscription_expires_at < p_now) then
    return 'not_paid';
  end if;
  if p_platform is not null and app.apply_needs_session(p_platform) and not exists (
    select 1 from public.user_connections c
     where c.user_id = p_user_id and c.platform = p_platform and c.is_valid
       and c.session_encrypted is not null
       and (c.estimated_expires_at is null or c.estimated_expires_at > p_now)
  ) then
    return 'session_invalid';
  end if;
  -- A CAPTCHA or block page cools the platform down for a day (never solved by us).
  if p_platform is not null and exists (
    select 1 from public.job_applications a
     where a.user_id = p_user_id and a.auto_status = 'failed_captcha'
       and a.receipt ->> 'platform' = p_platform and a.updated_at > p_now - interval '24 hours'
  ) then
    return 'cooldown';
  end if;
  if u.applies_today >= least(u.daily_apply_limit, v_plan.daily_apply_limit_max) then
    return 'daily_cap';
  end if;
  if u.applies_this_month >= s.monthly_cap then
    return 'monthly_cap';
  end if;
  if p_job_id is not null then
    if exists (
      select 1 from public.jobs j
        join public.user_company_prefs p
          on p.user_id = p_user_id and p.kind = 'blacklist'
         and p.company_canonical = j.company_canonical
       where j.id = p_job_id
    ) then
      return 'company_blacklisted';
    end if;
    if exists (
      select 1 from public.job_applications a
       where a.user_id = p_user_id and a.job_id = p_job_id
         and (
           (a.id is distinct from p_application_id and a.status <> 'withdrawn')
           or (a.id = p_application_id
               and (a.status <> 'discovered' or a.auto_status = 'submitted'))
         )
    ) then
      return 'already_applied';
    end if;
  end if;
  if p_stage = 'apply' and not (select w.is_open from app.apply_window(p_now) w) then
    return 'outside_window';
  end if;
  return null;
end $$;

-- True while the user's applications wait for approval: the first review_days after
-- activation unless the user set review_mode_until, or as long as review_mode_until says.
create or replace function app.apply_in_review_mode(p_user_id uuid, p_now timestamptz default now())
returns boolean language sql stable set search_path = '' as $$
  select coalesce(
    case when u.review_mode_until is not null then u.review_mode_until > p_now
         else u.auto_apply_activated_at is not null
              and u.auto_apply_activated_at
                  + make_interval(days => (select review_days from app.apply_settings)) > p_now
    end, false)
    from public.users u where u.id = p_user_id
$$;

-- Queues one user's applications: jobs at or above the recommend threshold (dream companies
-- get the bonus), best first, within what is left of today's and this month's caps. Rows
-- start 'queued' in review mode and 'approved' otherwise. Idempotent (the live unique index).
-- Returns how many rows it created.
create or replace function app.queue_applications(p_user_id uuid, p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  u public.users;
  v_plan public.plans;
  s app.apply_settings;
  v_threshold numeric;
  v_bonus numeric;
  v_left integer;
  v_review boolean;
  v_created integer := 0;
  c record;
begin
  if app.apply_eligibility(p_user_id, null, null, p_now, null, 'queue') is not null then
    return 0;
  end if;
  select * into s from app.apply_settings;
  -- Serialise queueing per user so two callers cannot both spend the same cap.
  select * into u from public.users where id = p_user_id for update;
  select * into v_plan from public.plans where id = u.tier;
  v_threshold := coalesce(
    (select value from public.model_weights where key = 'fit.threshold.recommend'), 75);
  v_bonus := coalesce(
    (select value from public.model_weights where key = 'fit.bonus.dream_company'), 10);
  v_left := least(
    least(u.daily_apply_limit, v_plan.daily_apply_limit_max) - u.applies_today,
    s.monthly_cap - u.applies_this_month
  ) - (
    select count(*) from public.job_applications a
     where a.user_id = p_user_id and a.method = 'auto'
       and (a.auto_status in ('approved', 'tailoring', 'applying')
            or (a.auto_status = 'queued' and app.ist_date(a.created_at) = app.ist_date(p_now)))
  );
  if v_left <= 0 then
    return 0;
  end if;
  v_review := app.apply_in_review_mode(p_user_id, p_now);

  for c in
    select f.job_id, f.score,
           f.score + case when exists (
             select 1 from public.user_company_prefs p
              where p.user_id = p_user_id and p.kind = 'dream'
                and p.company_canonical = j.company_canonical) then v_bonus else 0 end as effective,
           t.platform
      from public.job_fit_scores f
      join public.jobs j on j.id = f.job_id and j.is_active
      cross join lateral app.apply_target(f.job_id) t
     where f.user_id = p_user_id and f.expires_at > p_now and t.url is not null
       and not exists (select 1 from public.job_applications a
                        where a.user_id = p_user_id and a.job_id = f.job_id
                          and a.status <> 'withdrawn')
     order by 3 desc, f.computed_at desc, f.job_id
  loop
    exit when v_created >= v_left;
    continue when c.effective < v_threshold;
    continue when app.apply_eligibility(p_user_id, c.job_id, c.platform, p_now, null, 'queue')
                  is not null;
    insert into public.job_applications
      (user_id, job_id, method, status, auto_status, fit_score_at_apply, receipt)
    values (p_user_id, c.job_id, 'auto', 'discovered',
            case when v_review then 'queued' else 'approved' end, c.score,
            jsonb_build_object('platform', c.platform))
    on conflict (user_id, job_id) where status <> 'withdrawn' do nothing;
    if found then
      v_created := v_created + 1;
    end if;
  end loop;
  return v_created;
end $$;

-- Every user with auto-apply on. Returns the rows created in all.
create or replace function app.queue_applications_all(p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_user uuid;
  v_total integer := 0;
begin
  for v_user in
    select id from public.users
     where auto_apply_enabled and not auto_apply_paused and deleted_at is null
     order by id
  loop
    v_total := v_total + app.queue_applications(v_user, p_now);
  end loop;
  return v_total;
end $$;

-- An approved row waits for its user's slot (the arm trigger set run_at = now()). Fires after
-- job_applications_arm_lease (same event, triggers run in name order).
create or replace function app.job_applications_apply_slot()
returns trigger language plpgsql volatile set search_path = '' as $$
begin
  if new.auto_status = 'approved' and new.lease_status = 'pending'
     and (tg_op = 'INSERT' or old.auto_status is distinct from 'approved') then
    new.run_at := greatest(new.run_at, app.apply_slot(new.user_id, now()));
  end if;
  return new;
end $$;
create trigger job_applications_apply_slot before insert or update of auto_status
  on public.job_applications for each row execute function app.job_applications_apply_slot();

-- A lease that dies (attempts spent) on an auto row in flight: a recorded click means it may
-- have been sent, so a person looks (needs_review); otherwise it never reached the click.
create or replace function app.job_applications_dead_lease()
returns trigger language plpgsql set search_path = '' as $$
begin
  if new.lease_status = 'dead' and old.lease_status is distinct from 'dead'
     and new.auto_status in ('approved', 'applying') then
    if new.receipt -> 'attempt' ->> 'submit_clicked_at' is not null then
      new.auto_status := 'needs_review';
      new.failure_note := 'the worker stopped after clicking submit; check before re-applying';
    else
      new.auto_status := 'failed_not_found';
      new.failure_note := left('gave up after ' || new.attempts || ' attempts: '
                               || coalesce(new.last_error, 'unknown error'), 500);
    end if;
  end if;
  return new;
end $$;
create trigger job_applications_dead_lease before update of lease_status
  on public.job_applications for each row execute function app.job_applications_dead_lease();

-- A dashboard notification, and its WhatsApp twin when the user opted in.
create or replace function app.apply_notify(
  p_user_id uuid, p_type text, p_priority text, p_title text, p_body text,
  p_data jsonb default '{}'::jsonb, p_whatsapp boolean default false
) returns void language plpgsql volatile set search_path = '' as $$
begin
  insert into public.notifications (user_id, channel, type, priority, title, body, data)
  values (p_user_id, 'dashboard', p_type, p_priority, left(p_title, 200), left(p_body, 4000),
          coalesce(p_data, '{}'::jsonb));
  if p_whatsapp and exists (select 1 from public.users u
                             where u.id = p_user_id and u.wa_opted_in and u.wa_phone is not null) then
    insert into public.notifications (user_id, channel, type, priority, title, body, data)
    values (p_user_id, 'whatsapp', p_type, p_priority, left(p_title, 200), left(p_body, 4000),
            coalesce(p_data, '{}'::jsonb));
  end if;
end $$;

-- Just after claiming: decides whether this attempt may go ahead. Returns
--   'proceed'          the row is now 'applying' under attempt p_attempt;
--   'needs_review'     an earlier attempt recorded a click without a confirmation: never again;
--   'lease_lost', 'not_approved', 'already_submitted', or an eligibility reason.
-- The caller releases the lease for every outcome but 'proceed' (needs_review and
-- not_approved/already_submitted are already released here).
create or replace function app.apply_begin(
  p_id uuid, p_worker text, p_attempt uuid, p_platform text, p_url text,
  p_now timestamptz default now()
) returns text language plpgsql volatile set search_path = '' as $$
declare
  a public.job_applications;
  v_reason text;
begin
  select * into a from public.job_applications where id = p_id for update;
  if not found or a.lease_status <> 'running' or a.locked_by is distinct from p_worker then
    return 'lease_lost';
  end if;
  if a.auto_status = 'submitted' then
    update public.job_applications
       set lease_status = 'done', locked_by = null, locked_until = null where id = p_id;
    return 'already_submitted';
  end if;
  if a.receipt -> 'attempt' ->> 'submit_clicked_at' is not null then
    update public.job_applications
       set auto_status = 'needs_review', lease_status = 'done', locked_by = null,
           locked_until = null,
           failure_note = 'an earlier attempt clicked submit but no confirmation was recorded'
     where id = p_id;
    perform app.apply_notify(a.user_id, 'application.needs_review', 'high',
      'Please check one application',
      'Talvix clicked submit but could not confirm the application went through. '
      || 'It will not apply again; please check the portal.',
      jsonb_build_object('application_id', p_id, 'job_id', a.job_id));
    return 'needs_review';
  end if;
  if a.auto_status not in ('approved', 'applying') then
    update public.job_applications
       set lease_status = 'done', locked_by = null, locked_until = null where id = p_id;
    return 'not_approved';
  end if;
  v_reason := app.apply_eligibility(a.user_id, a.job_id, p_platform, p_now, p_id, 'apply');
  if v_reason is not null then
    return v_reason;
  end if;
  update public.job_applications
     set auto_status = 'applying',
         receipt = (coalesce(a.receipt, '{}'::jsonb) - 'pending_questions') || jsonb_build_object(
           'platform', p_platform, 'url', p_url,
           'attempt', jsonb_build_object('id', p_attempt, 'worker', p_worker,
                                         'started_at', p_now, 'number', a.attempts))
   where id = p_id;
  return 'proceed';
end $$;

-- Just before the final click, committed before it. Null means click; otherwise why not:
-- 'lease_lost' (another worker owns the row now) or the cap that would be exceeded
-- (in-doubt clicks of other rows count, so caps hold even across crashes).
create or replace function app.apply_mark_click(p_id uuid, p_worker text, p_attempt uuid)
returns text language plpgsql volatile set search_path = '' as $$
declare
  a public.job_applications;
  u public.users;
  v_plan public.plans;
  v_in_doubt integer;
begin
  select * into a from public.job_applications where id = p_id;
  if not found then
    return 'lease_lost';
  end if;
  -- The user row lock serialises every click of this user's applications.
  select * into u from public.users where id = a.user_id for update;
  select * into a from public.job_applications where id = p_id for update;
  if a.lease_status <> 'running' or a.locked_by is distinct from p_worker
     or a.auto_status <> 'applying' or a.receipt -> 'attempt' ->> 'id' is distinct from p_attempt::text then
    return 'lease_lost';
  end if;
  select * into v_plan from public.plans where id = u.tier;
  select count(*) into v_in_doubt from public.job_applications o
   where o.user_id = a.user_id and o.id <> p_id and o.auto_status = 'applying'
     and o.receipt -> 'attempt' ->> 'submit_clicked_at' is not null;
  if u.applies_today + v_in_doubt >= least(u.daily_apply_limit, v_plan.daily_apply_limit_max) then
    return 'daily_cap';
  end if;
  if u.applies_this_month + v_in_doubt >= (select monthly_cap from app.apply_settings) then
    return 'monthly_cap';
  end if;
  update public.job_applications
     set receipt = jsonb_set(receipt, '{attempt,submit_clicked_at}', to_jsonb(now()))
   where id = p_id;
  return null;
end $$;

-- After the confirmation: the row, its receipt and the counters in one transaction. Matches
-- on the attempt id (not the lease), so a confirmed submission is recorded even if the lease
-- was lost meanwhile. Returns false when the attempt is not this row's latest.
create or replace function app.apply_record_submitted(
  p_id uuid, p_attempt uuid, p_receipt jsonb, p_screenshots text[]
) returns boolean language plpgsql volatile set search_path = '' as $$
declare
  a public.job_applications;
  v_month integer;
  v_job record;
begin
  update public.job_applications
     set auto_status = 'submitted', status = 'applied', applied_at = coalesce(applied_at, now()),
         submitted_at = now(),
         receipt = coalesce(p_receipt, '{}'::jsonb)
                   || jsonb_build_object('attempt', receipt -> 'attempt'),
         screenshot_paths = coalesce(p_screenshots, '{}'), failure_note = null,
         lease_status = case when lease_status = 'running' then 'done' else lease_status end,
         locked_by = null, locked_until = null
   where id = p_id and auto_status in ('applying', 'needs_review')
     and receipt -> 'attempt' ->> 'id' = p_attempt::text
  returning * into a;
  if not found then
    return false;
  end if;
  update public.users
     set applies_today = applies_today + 1, applies_this_month = applies_this_month + 1
   where id = a.user_id
  returning applies_this_month into v_month;
  update public.user_connections set consecutive_failures = 0
   where user_id = a.user_id and platform = a.receipt ->> 'platform';
  select title, company into v_job from public.jobs where id = a.job_id;
  perform app.apply_notify(a.user_id, 'application.submitted', 'normal',
    left('Applied: ' || v_job.title || ' at ' || v_job.company, 200),
    'Talvix applied for you. The receipt shows exactly what was sent.',
    jsonb_strip_nulls(jsonb_build_object(
      'application_id', a.id, 'job_title', v_job.title, 'company', v_job.company,
      'month_count', v_month,
      'platform', case when app.apply_needs_session(a.receipt ->> 'platform')
                       then a.receipt ->> 'platform' end)));
  return true;
end $$;

-- A failed attempt on a session platform: the third in a row marks the session invalid and
-- pauses auto-apply. Returns true when it paused.
create or replace function app.apply_record_platform_failure(p_user_id uuid, p_platform text)
returns boolean language plpgsql volatile set search_path = '' as $$
declare
  v_failures integer;
begin
  if not app.apply_needs_session(p_platform) then
    return false;
  end if;
  update public.user_connections
     set consecutive_failures = consecutive_failures + 1
   where user_id = p_user_id and platform = p_platform
  returning consecutive_failures into v_failures;
  if v_failures is null or v_failures < 3 then
    return false;
  end if;
  perform app.session_invalidate(p_user_id, p_platform, 'three failed attempts in a row');
  return true;
end $$;

-- A session is gone: mark it invalid, pause auto-apply and tell the user (WhatsApp too).
create or replace function app.session_invalidate(p_user_id uuid, p_platform text, p_why text)
returns void language plpgsql volatile set search_path = '' as $$
begin
  update public.user_connections set is_valid = false
   where user_id = p_user_id and platform = p_platform and is_valid;
  if not found then
    return;
  end if;
  update public.users set auto_apply_paused = true where id = p_user_id;
  perform app.apply_notify(p_user_id, 'session.expired', 'high',
    left('Reconnect ' || initcap(p_platform), 200),
    'Your ' || initcap(p_platform) || ' session stopped working (' || p_why
    || '). Auto-apply is paused until you reconnect it.',
    jsonb_build_object('platform', p_platform), true);
  perform app.apply_notify(p_user_id, 'auto_apply.paused', 'high', 'Auto-apply paused',
    'Auto-apply is paused because your ' || initcap(p_platform) || ' session expired.',
    jsonb_build_object('reason', 'session_expired'));
end $$;

-- 19:30 IST, the SQL half of session health: warnings at 7, 3 and 1 days before the
-- estimated expiry (each once), and expiry itself. Returns what it did.
create or replace function app.session_expiry_sweep(p_now timestamptz default now())
returns jsonb language plpgsql volatile set search_path = '' as $$
declare
  c record;
  v_days integer;
  v_warned integer := 0;
  v_expired integer := 0;
begin
  for c in
    select * from public.user_connections
     where is_valid and session_encrypted is not null and estimated_expires_at is not null
     order by id for update
  loop
    if c.estimated_expires_at <= p_now then
      perform app.session_invalidate(c.user_id, c.platform, 'it expired');
      v_expired := v_expired + 1;
      continue;
    end if;
    v_days := ceil(extract(epoch from (c.estimated_expires_at - p_now)) / 86400);
    v_days := case when v_days <= 1 then 1 when v_days <= 3 then 3 when v_days <= 7 then 7 end;
    continue when v_days is null
      or (v_days = 7 and (c.warned_7d or c.warned_3d or c.warned_1d))
      or (v_days = 3 and (c.warned_3d or c.warned_1d))
      or (v_days = 1 and c.warned_1d);
    update public.user_connections
       set warned_7d = true,
           warned_3d = warned_3d or v_days <= 3,
           warned_1d = warned_1d or v_days = 1
     where id = c.id;
    perform app.apply_notify(c.user_id, 'session.expiring', 'normal',
      left(initcap(c.platform) || ' session expires in ' || v_days || ' day'
           || case when v_days = 1 then '' else 's' end, 200),
      'Reconnect ' || initcap(c.platform) || ' before it expires so auto-apply keeps going.',
      jsonb_build_object('platform', c.platform, 'days_left', v_days), true);
    v_warned := v_warned + 1;
  end loop;
  return jsonb_build_object('warned', v_warned, 'expired', v_expired);
end $$;

-- One browser check of a session: success resets the failure count, a failure counts, and
-- the third failure in a row invalidates it (and pauses auto-apply).
create or replace function app.session_record_check(p_id uuid, p_ok boolean)
returns text language plpgsql volatile set search_path = '' as $$
declare
  c public.user_connections;
begin
  update public.user_connections
     set last_checked_at = now(),
         consecutive_failures = case when p_ok then 0 else consecutive_failures + 1 end
   where id = p_id
  returning * into c;
  if not found then
    return 'gone';
  end if;
  if not p_ok and c.consecutive_failures >= 3 and c.is_valid then
    perform app.session_invalidate(c.user_id, c.platform, 'three failed checks');
    return 'invalidated';
  end if;
  return case when p_ok then 'ok' else 'failed' end;
end $$;

-- The user answered a question an application was waiting for (answer memory): once every
-- pending question of a needs_input row has an answer the user gave, it goes back to
-- approved, which re-arms its lease.
create or replace function app.application_answers_resume()
returns trigger language plpgsql set search_path = '' as $$
begin
  if new.source = 'inferred' then
    return new;
  end if;
  update public.job_applications a
     set auto_status = 'approved'
   where a.user_id = new.user_id and a.auto_status = 'needs_input'
     and a.receipt -> 'pending_questions' @> jsonb_build_array(jsonb_build_object('key', new.question_key))
     and not exists (
       select 1 from jsonb_array_elements(a.receipt -> 'pending_questions') q
        where not exists (
          select 1 from public.application_answers x
           where x.user_id = a.user_id and x.question_key = q ->> 'key' and x.source <> 'inferred'));
  return new;
end $$;
create trigger application_answers_resume after insert or update of answer
  on public.application_answers for each row execute function app.application_answers_resume();
