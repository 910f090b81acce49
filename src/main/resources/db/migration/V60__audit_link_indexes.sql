-- The audit history reads, per figure or stage, the latest link row of each statement up to a
-- revision; the link tables' primary keys start with the revision, so these lookups need their own
-- indexes (statement_aud's key (id, rev) serves the key lookup). Portable SQL: runs on H2 and PostgreSQL.
CREATE INDEX figure_statement_aud_owner_idx ON figure_statement_aud (figure_id, statement_id, rev);
CREATE INDEX stage_definition_statement_aud_owner_idx
    ON stage_definition_statement_aud (stage_id, statement_id, rev);
