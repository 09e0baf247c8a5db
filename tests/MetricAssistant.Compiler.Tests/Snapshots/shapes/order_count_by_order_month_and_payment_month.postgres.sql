WITH c0 AS (
  SELECT CAST(date_trunc('month', CAST(t0."order_time" AS TIMESTAMP)) AS DATE) AS period, CAST(date_trunc('month', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS tg0, COUNT(t0."order_id") AS v
  FROM "orders" AS t0
  WHERE t0."order_time" >= @p0
    AND t0."order_time" < @p1
    AND t0."status" NOT IN (@p2)
  GROUP BY 1, 2
),
result AS (
  SELECT c0.period, c0.tg0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.period AS "period", r.tg0 AS "paid_time__month", r.m0 AS "order_count"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "paid_time__month" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = cancelled
