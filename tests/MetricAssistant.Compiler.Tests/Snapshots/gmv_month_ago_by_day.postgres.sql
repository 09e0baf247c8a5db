WITH c0 AS (
  SELECT CAST(date_trunc('day', CAST(s.d AS TIMESTAMP)) AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM (SELECT CAST(g.gs AS DATE) AS d, CAST(g.gs - INTERVAL '1 months' AS DATE) AS source_day FROM generate_series(CAST(@p2 AS TIMESTAMP), CAST(@p3 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS s
  CROSS JOIN "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND CAST(date_trunc('day', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) = s.source_day
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
result AS (
  SELECT c0.period, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.period AS "period", r.m0 AS "gmv_yoy_growth"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-02-25
-- p1 = 2025-03-03
-- p2 = 2025-03-25
-- p3 = 2025-04-02
