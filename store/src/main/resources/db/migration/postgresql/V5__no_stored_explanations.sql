-- Explanations are derived, not stored: the engine rebuilds every score from the event log at
-- start-up and explains it on demand (the API and the dashboard read the live engine). A stored
-- copy had to be rewritten whenever a score moved, which cost more than scoring itself, and was
-- always somewhat stale. Keep in step with the other dialect.
ALTER TABLE people DROP COLUMN explanation;
ALTER TABLE accounts DROP COLUMN explanation;
