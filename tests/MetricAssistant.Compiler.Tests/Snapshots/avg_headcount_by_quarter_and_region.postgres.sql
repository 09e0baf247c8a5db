WITH c0 AS (
  SELECT period, d0, AVG(v) AS v
  FROM (SELECT CAST(date_trunc('quarter', CAST(t0."month" AS TIMESTAMP)) AS DATE) AS period, j1."region_code" AS d0, t0."month" AS snapshot, CAST(SUM(t0."headcount") AS BIGINT) AS v
  FROM "store_staff_monthly" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."month" >= @p0
    AND t0."month" < @p1
  GROUP BY 1, 2, 3) AS snapshots
  GROUP BY period, d0
),
result AS (
  SELECT c0.period, c0.d0, c0.v AS m0 FROM c0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "avg_headcount"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
