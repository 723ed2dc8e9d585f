-- Generic leases over a whitelist of tables.
--
-- Every leasable table has the same lease columns: a state column, run_at, attempts,
-- max_attempts, locked_by, locked_until, last_error, and a uuid `id`. The state column holds
-- 'pending' (claimable once run_at <= now()), 'running' (leased until locked_until), 'done'
-- or 'dead' (gave up after max_attempts). Tables whose `status` already means something to
-- the product (job_applications, notifications) keep the lease state in `lease_status`, with
-- an extra 'idle' value for rows no worker has to touch; app.leasable_tables records which
-- column each table uses.

create table app.leasable_tables (
  tbl regclass primary key,
  state_column name not null
);
insert into app.leasable_tables (tbl, state_column) values
  ('public.scrape_runs', 'status'),
  ('public.dispatch_outbox', 'status'),
  ('public.job_applications', 'lease_status'),
  ('public.notifications', 'lease_status');

create or replace function app.lease_state_column(p_table regclass)
returns name language plpgsql stable set search_path = '' as $$
declare
  v_col name;
begin
  select state_column into v_col from app.leasable_tables where tbl = p_table;
  if v_col is null then
    raise exception 'table % is not leasable (see app.leasable_tables)', p_table
      using errcode = '42501';
  end if;
  return v_col;
end $$;

-- Exponential backoff with "equal jitter": half the delay is fixed, half random, so a burst
-- of failures does not retry in lockstep. attempts = 1 → 15–30 s, capped at 1 hour.
create or replace function app.lease_backoff(
  p_attempts integer,
  p_base interval default interval '30 seconds',
  p_cap interval default interval '1 hour'
) returns interval language sql volatile set search_path = '' as $$
  select least(p_cap, p_base * power(2, least(greatest(p_attempts - 1, 0), 20)))
         * (0.5 + random() * 0.5)
$$;

-- Claims up to p_limit rows: pending and due, or running with an expired lease (its holder
-- died) and attempts left. p_filter is a jsonb object the row must contain (e.g.
-- '{"channel": "http"}'), so callers narrow without writing SQL. Returns the claimed rows.
create or replace function app.lease_claim(
  p_table regclass,
  p_worker text,
  p_limit integer,
  p_lease interval,
  p_filter jsonb default '{}'::jsonb
) returns setof jsonb language plpgsql volatile set search_path = '' as $$
declare
  v_col name := app.lease_state_column(p_table);
begin
  if p_worker is null or p_worker = '' then
    raise exception 'lease_claim: worker id is required';
  end if;
  if p_limit is null or p_limit < 1 or p_lease is null or p_lease <= interval '0' then
    raise exception 'lease_claim: limit and lease must be positive';
  end if;
  return query execute format($sql$
    with picked as (
      select t.id from %1$s t
      where ((t.%2$I = 'pending' and t.run_at <= now())
          or (t.%2$I = 'running' and t.locked_until < now() and t.attempts < t.max_attempts))
        and to_jsonb(t) @> $3
      order by t.run_at, t.id
      limit $2
      for update skip locked
    )
    update %1$s t
       set %2$I = 'running', locked_by = $1, locked_until = now() + $4,
           attempts = t.attempts + 1
      from picked
     where t.id = picked.id
    returning to_jsonb(t)
  $sql$, p_table, v_col)
  using p_worker, p_limit, coalesce(p_filter, '{}'::jsonb), p_lease;
end $$;

-- Extends a lease the caller still holds. Returns the new locked_until, or null when the
-- lease was lost (reaped or taken by another worker): the caller must stop working then.
create or replace function app.lease_renew(
  p_table regclass,
  p_id uuid,
  p_worker text,
  p_lease interval
) returns timestamptz language plpgsql volatile set search_path = '' as $$
declare
  v_col name := app.lease_state_column(p_table);
  v_until timestamptz;
begin
  execute format($sql$
    update %1$s t set locked_until = now() + $3
     where t.id = $1 and t.%2$I = 'running' and t.locked_by = $2
    returning t.locked_until
  $sql$, p_table, v_col) into v_until using p_id, p_worker, p_lease;
  return v_until;
end $$;

-- Ends a lease the caller holds:
--   'done'  finished;
--   'retry' failed: pending again after backoff (or p_delay), dead once attempts are spent;
--   'defer' not now, not a failure (cooldowns): pending after p_delay, the attempt not counted;
--   'dead'  give up now.
-- Returns the new state, or null when the caller no longer held the lease.
create or replace function app.lease_release(
  p_table regclass,
  p_id uuid,
  p_worker text,
  p_outcome text,
  p_error text default null,
  p_delay interval default null
) returns text language plpgsql volatile set search_path = '' as $$
declare
  v_col name := app.lease_state_column(p_table);
  v_state text;
begin
  if p_outcome not in ('done', 'retry', 'defer', 'dead') then
    raise exception 'lease_release: unknown outcome %', p_outcome;
  end if;
  execute format($sql$
    update %1$s t set
      %2$I = case
        when $3 = 'done' then 'done'
        when $3 = 'dead' then 'dead'
        when $3 = 'retry' and t.attempts >= t.max_attempts then 'dead'
        else 'pending' end,
      run_at = case
        when $3 = 'retry' then now() + coalesce($5, app.lease_backoff(t.attempts))
        when $3 = 'defer' then now() + coalesce($5, interval '0')
        else t.run_at end,
      attempts = case when $3 = 'defer' then greatest(t.attempts - 1, 0) else t.attempts end,
      locked_by = null,
      locked_until = null,
      last_error = case when $4 is null then t.last_error else left($4, 2000) end
     where t.id = $1 and t.%2$I = 'running' and t.locked_by = $2
    returning t.%2$I
  $sql$, p_table, v_col) into v_state using p_id, p_worker, p_outcome, p_error, p_delay;
  return v_state;
end $$;

-- Expired leases back to pending (after backoff), or to dead once attempts are spent.
-- Claiming already re-takes expired rows; the reaper makes the state visible and moves
-- rows with no attempts left to dead. Returns how many rows it moved.
create or replace function app.lease_reap(p_table regclass)
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_col name := app.lease_state_column(p_table);
  v_count integer;
begin
  execute format($sql$
    update %1$s t set
      %2$I = case when t.attempts >= t.max_attempts then 'dead' else 'pending' end,
      run_at = now() + app.lease_backoff(t.attempts),
      last_error = left('lease expired (held by ' || t.locked_by || ')', 2000),
      locked_by = null,
      locked_until = null
     where t.%2$I = 'running' and t.locked_until < now()
  $sql$, p_table, v_col);
  get diagnostics v_count = row_count;
  return v_count;
end $$;

create or replace function app.lease_reap_all()
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_tbl regclass;
  v_total integer := 0;
begin
  for v_tbl in select tbl from app.leasable_tables order by tbl::text loop
    v_total := v_total + app.lease_reap(v_tbl);
  end loop;
  return v_total;
end $$;
