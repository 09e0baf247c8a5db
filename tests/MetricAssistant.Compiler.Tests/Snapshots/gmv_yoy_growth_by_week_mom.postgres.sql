WITH c0 AS (
  SELECT CAST(date_trunc('week', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
c1 AS (
  SELECT CAST(date_trunc('week', CAST(t0."paid_time" AS TIMESTAMP)) + INTERVAL '364 days' AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p2
    AND t0."paid_time" < @p3
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
keys AS (
  SELECT period FROM c0
  UNION
  SELECT period FROM c1
),
result AS (
  SELECT k.period, CAST((COALESCE(c0.v, 0) - COALESCE(c1.v, 0)) AS DOUBLE PRECISION) / NULLIF(COALESCE(c1.v, 0), 0) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period
  LEFT JOIN c1 ON c1.period = k.period
),
prev_c0 AS (
  SELECT CAST(date_trunc('week', CAST(t0."paid_time" AS TIMESTAMP)) + INTERVAL '7 days' AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p4
    AND t0."paid_time" < @p5
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
prev_c1 AS (
  SELECT CAST(date_trunc('week', CAST(t0."paid_time" AS TIMESTAMP)) + INTERVAL '371 days' AS DATE) AS period, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p6
    AND t0."paid_time" < @p7
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
prev_keys AS (
  SELECT period FROM prev_c0
  UNION
  SELECT period FROM prev_c1
),
prev_result AS (
  SELECT k.period, CAST((COALESCE(prev_c0.v, 0) - COALESCE(prev_c1.v, 0)) AS DOUBLE PRECISION) / NULLIF(COALESCE(prev_c1.v, 0), 0) AS m0 FROM prev_keys AS k
  LEFT JOIN prev_c0 ON prev_c0.period = k.period
  LEFT JOIN prev_c1 ON prev_c1.period = k.period
)
SELECT r.period AS "period", r.m0 AS "gmv_yoy_growth", p.m0 AS "gmv_yoy_growth_previous", r.m0 - p.m0 AS "gmv_yoy_growth_change", CAST(r.m0 - p.m0 AS DOUBLE PRECISION) / NULLIF(p.m0, 0) AS "gmv_yoy_growth_change_pct"
FROM result AS r
LEFT JOIN prev_result AS p ON r.period IS NOT DISTINCT FROM p.period
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2024-07-02
-- p3 = 2024-10-02
-- p4 = 2025-06-24
-- p5 = 2025-09-24
-- p6 = 2024-06-25
-- p7 = 2024-09-25
