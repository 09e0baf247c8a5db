WITH c0 AS (
  SELECT s.period AS period, SUM(t0."pay_amount") AS v
  FROM (SELECT p.period, p.period_end, CAST(p.period_end - INTERVAL '30 days' AS DATE) AS window_start FROM (SELECT CAST(g.gs AS DATE) AS period, LEAST(CAST(g.gs + INTERVAL '7 days' AS DATE), CAST($p2 AS DATE)) AS period_end FROM generate_series(CAST($p0 AS TIMESTAMP), CAST($p1 AS TIMESTAMP), INTERVAL '7 days') AS g(gs)) AS p) AS s
  CROSS JOIN "orders" AS t0
  WHERE t0."paid_time" < s.period_end
    AND t0."paid_time" >= s.window_start
    AND t0."paid_time" >= $p3
    AND t0."paid_time" < $p4
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
result AS (
  SELECT c0.period, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.period AS "period", r.m0 AS "gmv_rolling_30d"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-06-30
-- p1 = 2025-09-29
-- p2 = 2025-10-01
-- p3 = 2025-06-07
-- p4 = 2025-10-01
