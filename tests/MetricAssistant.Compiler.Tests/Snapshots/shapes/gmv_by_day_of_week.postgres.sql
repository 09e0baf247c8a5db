WITH c0 AS (
  SELECT CAST(EXTRACT(isodow FROM t0."paid_time") AS BIGINT) AS tg0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
result AS (
  SELECT c0.tg0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.tg0 AS "metric_time__dow", r.m0 AS "gmv"
FROM result AS r
ORDER BY "metric_time__dow" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
