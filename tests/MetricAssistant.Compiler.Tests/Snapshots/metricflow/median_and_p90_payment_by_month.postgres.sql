WITH c0 AS (
  SELECT CAST(date_trunc('month', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
c1 AS (
  SELECT CAST(date_trunc('month', CAST(t0."paid_time" AS TIMESTAMP)) AS DATE) AS period, PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY t0."pay_amount") AS v
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
  SELECT k.period, c0.v AS m0, c1.v AS m1 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period
  LEFT JOIN c1 ON c1.period = k.period
)
SELECT r.period AS "period", r.m0 AS "median_payment", r.m1 AS "p90_payment"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2025-07-01
-- p3 = 2025-10-01
