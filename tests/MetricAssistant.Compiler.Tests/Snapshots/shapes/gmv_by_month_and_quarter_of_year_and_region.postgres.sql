WITH c0 AS (
  SELECT j1."region_code" AS d0, CAST(EXTRACT(quarter FROM t0."paid_time") AS BIGINT) AS tg0, CAST(EXTRACT(month FROM t0."paid_time") AS BIGINT) AS tg1, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2, 3
),
result AS (
  SELECT c0.d0, c0.tg0, c0.tg1, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.d0 AS "region", r.tg0 AS "metric_time__quarter", r.tg1 AS "metric_time__month", r.m0 AS "gmv"
FROM result AS r
ORDER BY "region" ASC NULLS LAST, "metric_time__quarter" ASC NULLS LAST, "metric_time__month" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
