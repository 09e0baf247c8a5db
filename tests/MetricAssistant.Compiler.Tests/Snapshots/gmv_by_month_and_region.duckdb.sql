WITH c0 AS (
  SELECT CAST(date_trunc('month', t0."paid_time") AS DATE) AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2
),
result AS (
  SELECT c0.period, c0.d0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "gmv"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
