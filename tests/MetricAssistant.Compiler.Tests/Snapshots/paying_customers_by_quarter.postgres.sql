WITH c0 AS (
  SELECT CAST(date_trunc('quarter', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, COUNT(DISTINCT t0."customer_id") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
result AS (
  SELECT c0.period, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.period AS "period", r.m0 AS "paying_customers"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
