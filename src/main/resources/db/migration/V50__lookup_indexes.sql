-- Indexes for lookups the API makes that no earlier index or key serves. PostgreSQL does not index
-- foreign keys by itself (H2 does), so every foreign key column used in a lookup needs one here.
-- Portable SQL: runs on H2 and PostgreSQL.

-- deleting a figure finds the figure that superseded it
CREATE INDEX figure_supersedes_idx ON figure (supersedes_id);

-- the funnel view and statistics read each stage's current figure: funnel_id = ? and superseded_at is null
CREATE INDEX figure_current_idx ON figure (funnel_id, superseded_at);

-- stages are read in order of position within their funnel
CREATE INDEX stage_position_idx ON stage (funnel_id, position);
