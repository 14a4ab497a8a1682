-- The meetings that touched a dimension of cooperation or any of its priority areas, at any
-- depth, each once, in date order: the answer of
-- `DimensionRef::meetings(DimensionScope::WithPriorityAreas)`.
--
-- Parameter: $dimension (a dimension's id).
-- Tables: dimensions, meeting_dimensions, meetings. A recursive query: DuckDB runs this file
-- as it is; Spark SQL has recursive queries from Spark 4.1 on.
WITH RECURSIVE tree(id) AS (
    SELECT id FROM dimensions WHERE id = $dimension
    UNION
    SELECT d.id FROM dimensions d JOIN tree t ON d.parent = t.id
)
SELECT m.id
FROM meetings m
WHERE m.ordinal IN (
    SELECT md.meeting_ordinal
    FROM meeting_dimensions md
    JOIN tree ON md.dimension = tree.id
)
ORDER BY m.when_start_earliest NULLS FIRST, m.when_end_latest NULLS LAST, m.ordinal
