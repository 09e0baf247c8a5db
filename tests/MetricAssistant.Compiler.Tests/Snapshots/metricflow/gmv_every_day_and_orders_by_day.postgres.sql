WITH c0 AS (
  SELECT s.period AS period, i.v AS v
  FROM (SELECT CAST(g.gs AS DATE) AS period FROM generate_series(CAST(@p2 AS TIMESTAMP), CAST(@p3 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS s
  LEFT JOIN (SELECT CAST(date_trunc('day', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1) AS i ON i.period = s.period
),
c1 AS (
  SELECT CAST(date_trunc('day', CAST(t0."order_time" AS TIMESTAMP)) AS DATE) AS period, COUNT(t0."order_id") AS v
  FROM "orders" AS t0
  WHERE t0."order_time" >= @p4
    AND t0."order_time" < @p5
    AND t0."status" NOT IN (@p6)
  GROUP BY 1
),
keys AS (
  SELECT period FROM c0
  UNION
  SELECT period FROM c1
),
result AS (
  SELECT k.period, COALESCE(c0.v, 0) AS m0, COALESCE(c1.v, 0) AS m1 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period
  LEFT JOIN c1 ON c1.period = k.period
)
SELECT r.period AS "period", r.m0 AS "gmv_every_day", r.m1 AS "order_count"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-07-15
-- p2 = 2025-07-01
-- p3 = 2025-07-14
-- p4 = 2025-07-01
-- p5 = 2025-07-15
-- p6 = cancelled
