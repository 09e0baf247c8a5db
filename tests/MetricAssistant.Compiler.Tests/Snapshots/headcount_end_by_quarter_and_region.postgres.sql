WITH c0 AS (
  SELECT period, d0, MAX(v) AS v
  FROM (SELECT snapshots.*, MAX(snapshot) OVER (PARTITION BY period) AS last_snapshot
  FROM (SELECT CAST(date_trunc('quarter', CAST(t0."month" AS TIMESTAMP)) AS DATE) AS period, j1."region_code" AS d0, t0."month" AS snapshot, CAST(SUM(t0."headcount") AS BIGINT) AS v
  FROM "store_staff_monthly" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."month" >= @p0
    AND t0."month" < @p1
  GROUP BY 1, 2, 3) AS snapshots) AS ranked
  WHERE snapshot = last_snapshot
  GROUP BY period, d0
),
c1 AS (
  SELECT period, d0, AVG(v) AS v
  FROM (SELECT CAST(date_trunc('quarter', CAST(t0."month" AS TIMESTAMP)) AS DATE) AS period, j1."region_code" AS d0, t0."month" AS snapshot, CAST(SUM(t0."headcount") AS BIGINT) AS v
  FROM "store_staff_monthly" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."month" >= @p2
    AND t0."month" < @p3
  GROUP BY 1, 2, 3) AS snapshots
  GROUP BY period, d0
),
keys AS (
  SELECT period, d0 FROM c0
  UNION
  SELECT period, d0 FROM c1
),
result AS (
  SELECT k.period, k.d0, c0.v AS m0, c1.v AS m1 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period AND c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.period = k.period AND c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "headcount_end", r.m1 AS "avg_headcount"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
-- p2 = 2025-01-01
-- p3 = 2026-01-01
