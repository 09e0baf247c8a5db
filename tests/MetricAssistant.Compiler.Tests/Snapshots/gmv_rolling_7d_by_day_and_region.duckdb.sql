WITH c0 AS (
  SELECT s.period AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM (SELECT p.period, p.period_end, CAST(p.period_end - INTERVAL '7 days' AS DATE) AS window_start FROM (SELECT CAST(g.gs AS DATE) AS period, LEAST(CAST(g.gs + INTERVAL '1 day' AS DATE), CAST($p2 AS DATE)) AS period_end FROM generate_series(CAST($p0 AS TIMESTAMP), CAST($p1 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS p) AS s
  CROSS JOIN "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" < s.period_end
    AND t0."paid_time" >= s.window_start
    AND t0."paid_time" >= $p3
    AND t0."paid_time" < $p4
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2
),
result AS (
  SELECT c0.period, c0.d0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "gmv_rolling_7d"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-03-01
-- p1 = 2025-03-31
-- p2 = 2025-04-01
-- p3 = 2025-02-23
-- p4 = 2025-04-01
