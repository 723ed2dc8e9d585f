-- Demo data for `npm start` only (never tests, never production): obviously fake people and
-- numbers to try the WhatsApp bot with `npx talvix wa`. Idempotent; applied after seed.sql.
--   +919999900001  Demo Free      free          opted in
--   +919999900002  Demo Student   student       opted in, auto-apply on, no portal login
--   +919999900003  Demo Pro       professional  opted in, auto-apply on, a fake valid login
insert into auth.users (id, email) values
  ('00000000-0000-4000-8000-00000000a001', 'demo-free@example.invalid'),
  ('00000000-0000-4000-8000-00000000a002', 'demo-student@example.invalid'),
  ('00000000-0000-4000-8000-00000000a003', 'demo-pro@example.invalid')
on conflict (id) do nothing;

update public.users set full_name = 'Demo Free', wa_phone = '+919999900001', wa_opted_in = true,
       tier = 'free', notif_prefs = '{"quiet_hours": null, "coach": true}'::jsonb
 where id = '00000000-0000-4000-8000-00000000a001' and wa_phone is null;
update public.users set full_name = 'Demo Student', wa_phone = '+919999900002', wa_opted_in = true,
       tier = 'student', auto_apply_enabled = true, daily_apply_limit = 10,
       notif_prefs = '{"quiet_hours": null, "coach": true}'::jsonb
 where id = '00000000-0000-4000-8000-00000000a002' and wa_phone is null;
update public.users set full_name = 'Demo Pro', wa_phone = '+919999900003', wa_opted_in = true,
       tier = 'professional', auto_apply_enabled = true, daily_apply_limit = 20,
       applies_today = 3, applies_this_month = 41,
       notif_prefs = '{"quiet_hours": null, "coach": true}'::jsonb
 where id = '00000000-0000-4000-8000-00000000a003' and wa_phone is null;

-- A fake portal login for Demo Pro: never a real session (worker-exec cannot open it).
insert into public.user_connections (user_id, platform, session_encrypted, session_iv, is_valid,
                                     estimated_expires_at)
values ('00000000-0000-4000-8000-00000000a003', 'naukri', 'demo-not-a-real-session', 'demo-iv',
        true, now() + interval '20 days')
on conflict (user_id, platform) do nothing;

-- A few jobs and scores so JOBS has something to show.
insert into public.jobs (fingerprint, title, title_canonical, company, company_canonical, city)
values
  ('demo-wa-job-1', 'Backend Engineer', 'backend engineer', 'Demo Fintech', 'demo fintech', 'Bengaluru'),
  ('demo-wa-job-2', 'Data Analyst', 'data analyst', 'Demo Retail', 'demo retail', 'Pune'),
  ('demo-wa-job-3', 'Product Analyst', 'product analyst', 'Demo Travel', 'demo travel', 'Gurugram'),
  ('demo-wa-job-4', 'SDE II', 'sde ii', 'Demo Logistics', 'demo logistics', 'Hyderabad'),
  ('demo-wa-job-5', 'ML Engineer', 'ml engineer', 'Demo Health', 'demo health', 'Remote')
on conflict (fingerprint) do nothing;

insert into public.job_fit_scores (user_id, job_id, score, label, recommendation, model_version)
select u.id, j.id, s.score, s.label, 'apply', 'demo'
  from (values ('demo-wa-job-1', 88, 'strong'), ('demo-wa-job-2', 81, 'strong'),
               ('demo-wa-job-3', 74, 'good'), ('demo-wa-job-4', 69, 'good'),
               ('demo-wa-job-5', 58, 'fair')) as s(fp, score, label)
  join public.jobs j on j.fingerprint = s.fp
 cross join (values ('00000000-0000-4000-8000-00000000a001'::uuid),
                    ('00000000-0000-4000-8000-00000000a002'::uuid),
                    ('00000000-0000-4000-8000-00000000a003'::uuid)) as u(id)
on conflict (user_id, job_id) do nothing;
