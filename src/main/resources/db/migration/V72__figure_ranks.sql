-- Competing figures (issue 18 item 2): an editor ranks a figure preferred, normal or deprecated,
-- with a reason; existing figures are normal. The column is figure_rank, not rank (a function
-- name in both databases). Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE figure ADD COLUMN figure_rank VARCHAR(20) DEFAULT 'NORMAL' NOT NULL;
ALTER TABLE figure ADD COLUMN rank_reason VARCHAR(4000);
ALTER TABLE figure_aud ADD COLUMN figure_rank VARCHAR(20);
ALTER TABLE figure_aud ADD COLUMN rank_reason VARCHAR(4000);
