WITH c0 AS (
  SELECT CAST(date_trunc('month', CAST(daily.period AS TIMESTAMP)) AS DATE) AS period, daily.d0 AS d0, AVG(daily.v) AS v
  FROM (SELECT s.period AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM (SELECT p.period, p.period_end, CAST(p.period_end - INTERVAL '30 days' AS DATE) AS window_start FROM (SELECT CAST(g.gs AS DATE) AS period, LEAST(CAST(g.gs + INTERVAL '1 day' AS DATE), CAST(@p2 AS DATE)) AS period_end FROM generate_series(CAST(@p0 AS TIMESTAMP), CAST(@p1 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS p) AS s
  CROSS JOIN "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" < s.period_end
    AND t0."paid_time" >= s.window_start
    AND t0."paid_time" >= @p3
    AND t0."paid_time" < @p4
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2) AS daily
  GROUP BY 1, 2
),
c1 AS (
  SELECT period, d0, MAX(v) AS v
  FROM (SELECT CAST(date_trunc('month', CAST(daily.period AS TIMESTAMP)) AS DATE) AS period, daily.d0 AS d0, daily.period AS day, daily.v AS v, MIN(daily.period) OVER (PARTITION BY CAST(date_trunc('month', CAST(daily.period AS TIMESTAMP)) AS DATE), daily.d0) AS first_day
  FROM (SELECT s.period AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM (SELECT p.period, p.period_end, CAST(p.period_end - INTERVAL '30 days' AS DATE) AS window_start FROM (SELECT CAST(g.gs AS DATE) AS period, LEAST(CAST(g.gs + INTERVAL '1 day' AS DATE), CAST(@p7 AS DATE)) AS period_end FROM generate_series(CAST(@p5 AS TIMESTAMP), CAST(@p6 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS p) AS s
  CROSS JOIN "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" < s.period_end
    AND t0."paid_time" >= s.window_start
    AND t0."paid_time" >= @p8
    AND t0."paid_time" < @p9
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2) AS daily) AS ranked
  WHERE day = first_day
  GROUP BY period, d0
),
keys AS (
  SELECT period, d0 FROM c0
  UNION
  SELECT period, d0 FROM c1
),
result AS (
  SELECT k.period, k.d0, COALESCE(c0.v, 0) AS m0, COALESCE(c1.v, 0) AS m1 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period AND c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.period = k.period AND c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "gmv_rolling_30d_avg", r.m1 AS "gmv_rolling_30d_first"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-09-30
-- p2 = 2025-10-01
-- p3 = 2025-06-02
-- p4 = 2025-10-01
-- p5 = 2025-07-01
-- p6 = 2025-09-30
-- p7 = 2025-10-01
-- p8 = 2025-06-02
-- p9 = 2025-10-01
