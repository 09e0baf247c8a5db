WITH c0 AS (
  SELECT s.period AS period, SUM(t0."pay_amount") AS v
  FROM (SELECT p.period, p.period_end, CAST(date_trunc('month', p.period_end - INTERVAL '1 day') AS DATE) AS window_start FROM (SELECT CAST(g.gs AS DATE) AS period, LEAST(CAST(g.gs + INTERVAL '1 day' AS DATE), CAST($p2 AS DATE)) AS period_end FROM generate_series(CAST($p0 AS TIMESTAMP), CAST($p1 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS p) AS s
  CROSS JOIN "orders" AS t0
  WHERE t0."paid_time" < s.period_end
    AND t0."paid_time" >= s.window_start
    AND t0."paid_time" >= $p3
    AND t0."paid_time" < $p4
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
c1 AS (
  SELECT s.period AS period, SUM(t0."pay_amount") AS v
  FROM (SELECT p.period, p.period_end, CAST(date_trunc('year', p.period_end - INTERVAL '1 day') AS DATE) AS window_start FROM (SELECT CAST(g.gs AS DATE) AS period, LEAST(CAST(g.gs + INTERVAL '1 day' AS DATE), CAST($p7 AS DATE)) AS period_end FROM generate_series(CAST($p5 AS TIMESTAMP), CAST($p6 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS p) AS s
  CROSS JOIN "orders" AS t0
  WHERE t0."paid_time" < s.period_end
    AND t0."paid_time" >= s.window_start
    AND t0."paid_time" >= $p8
    AND t0."paid_time" < $p9
    AND t0."paid_time" IS NOT NULL
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
SELECT r.period AS "period", r.m0 AS "gmv_mtd", r.m1 AS "gmv_ytd"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-06-25
-- p1 = 2025-07-05
-- p2 = 2025-07-06
-- p3 = 2025-06-01
-- p4 = 2025-07-06
-- p5 = 2025-06-25
-- p6 = 2025-07-05
-- p7 = 2025-07-06
-- p8 = 2025-01-01
-- p9 = 2025-07-06
