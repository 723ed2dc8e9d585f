-- Reference data production needs (supabase/seed.sql runs only locally). Idempotent.

insert into public.plans
  (id, name, price_paise, gst_bps, auto_apply, daily_apply_limit_max, features)
values
  ('free', 'Free', 0, 0, false, 0,
   '["daily job matches", "fit scores", "skill gap", "manual application tracker"]'),
  ('student', 'Student', 9900, 1800, true, 10,
   '["everything in Free", "auto-apply up to 10 a day", "tailored resumes", "WhatsApp coach"]'),
  ('professional', 'Professional', 39900, 1800, true, 25,
   '["everything in Student", "auto-apply up to 25 a day", "cover letters", "career intelligence"]')
on conflict (id) do nothing;

-- Fit-score weights and thresholds; calibration moves them only inside [min, max].
-- (The four component weights sum to 1.05 as specified; the scorer normalises them.)
insert into public.model_weights (key, value, min, max, description) values
  ('fit.weight.skills', 0.35, 0.10, 0.60, 'weight of skill overlap in the fit score'),
  ('fit.weight.experience', 0.25, 0.05, 0.50, 'weight of experience match'),
  ('fit.weight.demand', 0.25, 0.05, 0.50, 'weight of market demand for the role'),
  ('fit.weight.salary', 0.20, 0.05, 0.40, 'weight of salary match'),
  ('fit.threshold.store', 40, 30, 55, 'scores below this are not shown'),
  ('fit.threshold.recommend', 75, 60, 85, 'scores at or above this are recommended (and tailored)'),
  ('fit.bonus.tailored', 5, 0, 10, 'points added when the resume was tailored'),
  ('fit.bonus.dream_company', 10, 0, 20, 'points added for a dream company')
on conflict (key) do nothing;
