-- The MoUs that may be in force on a day, each 'definite' when it certainly is and
-- 'possible' when it only may be, in order of taking effect: the answer of
-- `Registry::mous_in_force(day)`. Only an MoU `in-force`, or `expired` with its date, is
-- ever certain; a draft never is in force.
--
-- Parameter: $day (a DATE).
-- Table: mous. DuckDB runs this file as it is; Spark SQL names its parameter :day.
SELECT id,
       CASE
           WHEN $day BETWEEN in_force_certainly_from AND in_force_certainly_to THEN 'definite'
           ELSE 'possible'
       END AS answer
FROM mous
WHERE $day BETWEEN in_force_possibly_from AND in_force_possibly_to
ORDER BY in_force_possibly_from, in_force_possibly_to, ordinal
