-- Local seed data. Runs after every migration on each `npm start`; it must stay idempotent
-- (insert … on conflict do nothing), and it never holds real personal data.
select 1;

-- Plans and model weights are reference data production needs too, so they live in
-- migrations/20261123001900_reference_data.sql (seed.sql runs only locally).

-- Discovery, locally: worker-exec's adapters point at the portal sandbox (SCRAPE_BASE_URL,
-- `sandbox/`), which serves only its own companies. Follow those, and pause the real
-- employers from migrations/20261123003000_discovery.sql (the sandbox would answer 404).
-- Keep this list equal to sandbox/companies.ts (tests/integration/discovery checks it).
insert into public.ats_companies (ats, slug, name) values
  ('greenhouse', 'paywiz', 'Paywiz Technologies'),
  ('greenhouse', 'kiranakart', 'KiranaKart'),
  ('greenhouse', 'medibridge', 'Medibridge Health'),
  ('greenhouse', 'stackhaus', 'Stackhaus Software'),
  ('lever', 'finlyft', 'Finlyft'),
  ('lever', 'credzen', 'CredZen'),
  ('lever', 'shipwise', 'Shipwise Logistics'),
  ('lever', 'quotient-ai', 'Quotient AI'),
  ('ashby', 'voltrail', 'Voltrail Mobility'),
  ('ashby', 'cloudnest', 'Cloudnest Systems'),
  ('smartrecruiters', 'BharatRetailTech', 'Bharat Retail Tech'),
  ('smartrecruiters', 'InfosphereConsulting', 'Infosphere Consulting'),
  ('workday', 'sundaram.wd3/External', 'Sundaram Infotech'),
  ('workday', 'hdfin.wd1/HDFinCareers', 'HDFin Securities')
on conflict (ats, slug) do nothing;

update public.ats_companies set is_active = false
 where is_active
   and (ats, slug) not in (
     ('greenhouse', 'paywiz'), ('greenhouse', 'kiranakart'), ('greenhouse', 'medibridge'),
     ('greenhouse', 'stackhaus'), ('lever', 'finlyft'), ('lever', 'credzen'),
     ('lever', 'shipwise'), ('lever', 'quotient-ai'), ('ashby', 'voltrail'),
     ('ashby', 'cloudnest'), ('smartrecruiters', 'BharatRetailTech'),
     ('smartrecruiters', 'InfosphereConsulting'), ('workday', 'sundaram.wd3/External'),
     ('workday', 'hdfin.wd1/HDFinCareers'));
