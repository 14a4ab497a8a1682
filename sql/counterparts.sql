-- Counterparts of an organization: every party it met (organizations and states), how many
-- meetings the two shared, and the first and last of them in date order. Most frequent
-- first, then organizations in document order, then states by code: the answer of
-- `OrganizationRef::counterparts` in the registry.
--
-- Parameter: $organization, the organization's id ('iom').
-- Tables: meetings, participants, organizations (see the README, "When your records
-- outgrow one machine", for the views over the Parquet files). DuckDB runs this file as it
-- is; Spark SQL names its parameters :organization instead of $organization.
WITH mine AS (
    SELECT DISTINCT meeting_ordinal
    FROM participants
    WHERE organization = $organization
),
ranked AS (
    -- Date order: the first day a meeting may have begun, then the last day it may have
    -- ended, then document order.
    SELECT m.ordinal, m.id,
           row_number() OVER (
               ORDER BY m.when_start_earliest NULLS FIRST, m.when_end_latest NULLS LAST, m.ordinal
           ) AS date_rank
    FROM meetings m
    JOIN mine ON mine.meeting_ordinal = m.ordinal
),
met AS (
    SELECT DISTINCT p.meeting_ordinal, p.party_kind, p.organization, p.state
    FROM participants p
    JOIN mine ON mine.meeting_ordinal = p.meeting_ordinal
    WHERE p.party_kind = 'state' OR p.organization <> $organization
)
SELECT met.party_kind,
       met.organization,
       met.state,
       count(*) AS meetings,
       min_by(r.id, r.date_rank) AS first_meeting,
       max_by(r.id, r.date_rank) AS last_meeting
FROM met
JOIN ranked r ON r.ordinal = met.meeting_ordinal
LEFT JOIN organizations o ON o.id = met.organization
GROUP BY met.party_kind, met.organization, met.state, o.ordinal
ORDER BY meetings DESC, met.party_kind, o.ordinal, met.state
