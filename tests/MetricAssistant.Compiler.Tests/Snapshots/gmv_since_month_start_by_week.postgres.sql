WITH c0 AS (
  SELECT CAST(date_trunc('week', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
c1 AS (
  SELECT s.period AS period, i.v AS v
  FROM (SELECT CAST(g.gs AS DATE) AS period, CAST(date_trunc('month', CAST(g.gs AS TIMESTAMP)) AS DATE) AS anchor FROM generate_series(CAST(@p4 AS TIMESTAMP), CAST(@p5 AS TIMESTAMP), INTERVAL '7 days') AS g(gs)) AS s
  JOIN (SELECT CAST(date_trunc('day', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p2
    AND t0."paid_time" < @p3
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1) AS i ON i.period = s.anchor
),
keys AS (
  SELECT period FROM c0
  UNION
  SELECT period FROM c1
),
result AS (
  SELECT k.period, (COALESCE(c0.v, 0) - COALESCE(c1.v, 0)) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period
  LEFT JOIN c1 ON c1.period = k.period
)
SELECT r.period AS "period", r.m0 AS "gmv_yoy_growth"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2025-06-01
-- p3 = 2025-09-02
-- p4 = 2025-06-30
-- p5 = 2025-09-29
