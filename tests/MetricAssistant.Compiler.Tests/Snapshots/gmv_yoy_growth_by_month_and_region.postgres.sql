WITH c0 AS (
  SELECT CAST(date_trunc('month', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2
),
c1 AS (
  SELECT CAST(date_trunc('month', CAST(t0."paid_time" AS TIMESTAMP)) + INTERVAL '12 months' AS DATE) AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= @p2
    AND t0."paid_time" < @p3
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2
),
keys AS (
  SELECT period, d0 FROM c0
  UNION
  SELECT period, d0 FROM c1
),
result AS (
  SELECT k.period, k.d0, CAST((COALESCE(c0.v, 0) - COALESCE(c1.v, 0)) AS DOUBLE PRECISION) / NULLIF(COALESCE(c1.v, 0), 0) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period AND c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.period = k.period AND c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "gmv_yoy_growth"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
-- p2 = 2024-01-01
-- p3 = 2025-01-01
