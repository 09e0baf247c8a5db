WITH c0 AS (
  SELECT CAST(EXTRACT(isodow FROM t0."paid_time") AS BIGINT) AS tg0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
c1 AS (
  SELECT CAST(EXTRACT(isodow FROM t0."paid_time" + INTERVAL '12 months') AS BIGINT) AS tg0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= $p2
    AND t0."paid_time" < $p3
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
keys AS (
  SELECT tg0 FROM c0
  UNION
  SELECT tg0 FROM c1
),
result AS (
  SELECT k.tg0, CAST((COALESCE(c0.v, 0) - COALESCE(c1.v, 0)) AS DOUBLE PRECISION) / NULLIF(COALESCE(c1.v, 0), 0) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.tg0 IS NOT DISTINCT FROM k.tg0
  LEFT JOIN c1 ON c1.tg0 IS NOT DISTINCT FROM k.tg0
)
SELECT r.tg0 AS "metric_time__dow", r.m0 AS "gmv_yoy_growth"
FROM result AS r
ORDER BY "metric_time__dow" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2024-07-01
-- p3 = 2024-10-01
