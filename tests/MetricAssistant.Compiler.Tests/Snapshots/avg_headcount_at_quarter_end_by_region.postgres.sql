WITH c0 AS (
  SELECT d0, MAX(v) AS v
  FROM (SELECT snapshots.*, MAX(snapshot) OVER () AS last_snapshot
  FROM (SELECT j1."region_code" AS d0, t0."month" AS snapshot, CAST(SUM(t0."headcount") AS BIGINT) AS v
  FROM "store_staff_monthly" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."month" >= @p0
    AND t0."month" < @p1
  GROUP BY 1, 2) AS snapshots) AS ranked
  WHERE snapshot = last_snapshot
  GROUP BY d0
),
result AS (
  SELECT c0.d0, c0.v AS m0 FROM c0
)
SELECT r.d0 AS "region", r.m0 AS "avg_headcount"
FROM result AS r
ORDER BY "region" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
