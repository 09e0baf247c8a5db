WITH c0 AS (
  SELECT s.period AS period, i.d0 AS d0, i.v AS v
  FROM (SELECT CAST(g.gs AS DATE) AS period FROM generate_series(CAST($p2 AS TIMESTAMP), CAST($p3 AS TIMESTAMP), INTERVAL '7 days') AS g(gs)) AS s
  LEFT JOIN (SELECT CAST(date_trunc('week', t0."paid_time") AS DATE) AS period, t0."channel_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2) AS i ON i.period = s.period
),
result AS (
  SELECT c0.period, c0.d0, c0.v AS m0 FROM c0
)
SELECT r.period AS "period", r.d0 AS "channel", r.m0 AS "gmv_every_day_unknown"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "channel" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2025-06-30
-- p3 = 2025-09-29
