-- Who held a post of an organization on a day: each holding that certainly covers the day
-- ('definite') or may cover it ('possible'), with the status of the answer as a whole
-- ('known', 'possible', 'vacant' when holdings are recorded before and after but none then,
-- 'unknown'): the answer of `OrganizationRef::holders(PostFilter::Role(..), day)`.
-- With no holding on the day, one row gives the status alone.
--
-- Parameters: $organization (an id), $role (a post role: 'head', 'deputy', 'chair',
-- 'member', 'representative', 'staff', 'other'), $day (a DATE).
-- Table: posts, whose possibly_* and certainly_* columns are the days each holding may and
-- certainly did cover, read from its period, term and attested days as the crate reads them.
-- DuckDB runs this file as it is; Spark SQL names its parameters :organization, :role, :day.
WITH held AS (
    SELECT official,
           official_ordinal,
           position,
           CASE
               WHEN $day BETWEEN certainly_from AND certainly_to THEN 'definite'
               WHEN $day BETWEEN possibly_from AND possibly_to THEN 'possible'
           END AS answer,
           possibly_to < $day AS ended_before,
           possibly_from > $day AS began_after
    FROM posts
    WHERE organization = $organization AND role = $role
),
status AS (
    SELECT CASE
               WHEN count_if(answer = 'definite') > 0 THEN 'known'
               WHEN count_if(answer = 'possible') > 0 THEN 'possible'
               WHEN bool_or(ended_before) AND bool_or(began_after) THEN 'vacant'
               ELSE 'unknown'
           END AS status
    FROM held
)
SELECT s.status, h.answer, h.official, h.position
FROM status s
LEFT JOIN held h ON h.answer IS NOT NULL
ORDER BY h.answer, h.official_ordinal, h.position
