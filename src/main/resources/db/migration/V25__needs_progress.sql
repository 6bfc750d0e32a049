-- How many from a need's municipalities attended the activity that was to cover it, set when the
-- activity is completed; null until then.
alter table needs.need add column attended integer check (attended >= 0);
