-- The meetings held on the sidelines of an event (those whose relations say `sidelines-of`
-- the event), each once, in date order: the answer of
-- `MeetingRef::related(&[RelationKind::SidelinesOf], Depth::Direct)`.
--
-- Parameter: $event (the event's meeting id).
-- Tables: meeting_relations, meetings. DuckDB runs this file as it is; Spark SQL names its
-- parameter :event.
SELECT m.id
FROM meetings m
WHERE m.ordinal IN (
    SELECT r.meeting_ordinal
    FROM meeting_relations r
    WHERE r.kind = 'sidelines-of' AND r.other = $event
)
  AND m.id <> $event
ORDER BY m.when_start_earliest NULLS FIRST, m.when_end_latest NULLS LAST, m.ordinal
