WITH c0 AS (
  SELECT period, MAX(v) AS v
  FROM (SELECT snapshots.*, MAX(snapshot) OVER (PARTITION BY period) AS last_snapshot
  FROM (SELECT CAST(date_trunc('quarter', t0."month") AS DATE) AS period, t0."month" AS snapshot, CAST(SUM(t0."headcount") AS BIGINT) AS v
  FROM "store_staff_monthly" AS t0
  WHERE t0."month" >= $p0
    AND t0."month" < $p1
  GROUP BY 1, 2) AS snapshots) AS ranked
  WHERE snapshot = last_snapshot
  GROUP BY period
),
result AS (
  SELECT c0.period, c0.v AS m0 FROM c0
)
SELECT r.period AS "period", r.m0 AS "avg_headcount"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
