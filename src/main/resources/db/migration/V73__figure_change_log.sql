-- The changes feed as an append-only log, written by the write path (FunnelChanges) in the
-- transaction of each change: figures added, superseded, standing again (restored), ranked and
-- deleted. position is the feed's cursor. Positions are taken from the one row of
-- figure_feed_head, whose row lock a writer holds until it commits, so they are handed out in
-- commit order: a reader that sees position n has seen every position before it. No foreign keys:
-- the log outlives the figures and funnels it names. Portable SQL: runs on H2 and PostgreSQL.
CREATE TABLE figure_change (
    position     BIGINT                      PRIMARY KEY,
    change_kind  VARCHAR(20)                 NOT NULL,
    figure_id    BIGINT                      NOT NULL,
    funnel_id    VARCHAR(100)                NOT NULL,
    stage_key    VARCHAR(100)                NOT NULL,
    figure_rank  VARCHAR(20),
    changed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(200)
);
-- the feed of one funnel pages by position
CREATE INDEX figure_change_funnel_idx ON figure_change (funnel_id, position);
-- 'since' finds its first position by time
CREATE INDEX figure_change_time_idx ON figure_change (changed_at);

CREATE TABLE figure_feed_head (
    id             INTEGER PRIMARY KEY,
    last_position  BIGINT  NOT NULL
);

-- the feed so far, as the figures tell it, in the order the feed gave it before (time, added
-- before superseded, figure id), so a cursor issued before this migration still finds its place
INSERT INTO figure_change
    (position, change_kind, figure_id, funnel_id, stage_key, figure_rank, changed_at, changed_by)
SELECT ROW_NUMBER() OVER (ORDER BY e.changed_at, e.kind_order, e.figure_id),
       e.change_kind, e.figure_id, e.funnel_id, e.stage_key, e.figure_rank, e.changed_at, NULL
FROM (
    SELECT f.recorded_at AS changed_at, 0 AS kind_order, CAST('ADDED' AS VARCHAR(20)) AS change_kind,
           f.id AS figure_id, f.funnel_id AS funnel_id, s.stage_key AS stage_key,
           f.figure_rank AS figure_rank
    FROM figure f JOIN stage s ON s.id = f.stage_id
    UNION ALL
    SELECT f.superseded_at, 1, CAST('SUPERSEDED' AS VARCHAR(20)), f.id, f.funnel_id, s.stage_key,
           CAST(NULL AS VARCHAR(20))
    FROM figure f JOIN stage s ON s.id = f.stage_id
    WHERE f.superseded_at IS NOT NULL
) e;

INSERT INTO figure_feed_head (id, last_position) SELECT 1, COUNT(*) FROM figure_change;
