-- Before stage renames carried estimates along and deletes refused an estimated stage, a stage
-- could be left estimating a key no stage of its funnel has. The old key names nothing (a later
-- stage may even take it), so the link is cleared rather than guessed: the stage then declares no
-- estimate, as before the link was set. Versions move, so cached representations and ETags of the
-- stage and its funnel do not outlive the change; the audit history has no revision for it.
-- Portable SQL: runs on H2 and PostgreSQL.
UPDATE funnel SET version = version + 1, updated_at = CURRENT_TIMESTAMP
WHERE id IN (
    SELECT s.funnel_id FROM stage s
    WHERE s.estimates IS NOT NULL
      AND NOT EXISTS (
          SELECT 1 FROM stage o WHERE o.funnel_id = s.funnel_id AND o.stage_key = s.estimates));

UPDATE stage SET version = version + 1, estimates = NULL
WHERE estimates IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM stage o WHERE o.funnel_id = stage.funnel_id AND o.stage_key = stage.estimates);
