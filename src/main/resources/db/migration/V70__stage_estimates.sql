-- A stage may declare which extrapolated stage it estimates (e.g. expected reinvestigations
-- estimate the cases in scope), so that a projection is compared only with that extrapolation.
-- Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE stage ADD COLUMN estimates VARCHAR(100);
ALTER TABLE stage_aud ADD COLUMN estimates VARCHAR(100);
