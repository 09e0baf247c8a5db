WITH c0 AS (
  SELECT t0."store_id" AS en0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= @p0
    AND t0."paid_time" < @p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
c1 AS (
  SELECT j1."store_id" AS en0, SUM(t0."refund_amount") AS v
  FROM "refunds" AS t0
  LEFT JOIN "orders" AS j1 ON j1."order_id" = t0."order_id"
  WHERE t0."refund_time" >= @p2
    AND t0."refund_time" < @p3
  GROUP BY 1
),
keys AS (
  SELECT en0 FROM c0
  UNION
  SELECT en0 FROM c1
),
result AS (
  SELECT k.en0, COALESCE(c0.v, 0) AS m0, COALESCE(c1.v, 0) AS m1 FROM keys AS k
  LEFT JOIN c0 ON c0.en0 IS NOT DISTINCT FROM k.en0
  LEFT JOIN c1 ON c1.en0 IS NOT DISTINCT FROM k.en0
)
SELECT r.en0 AS "stores", r.m0 AS "gmv", r.m1 AS "refund_amount"
FROM result AS r
ORDER BY "stores" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2025-07-01
-- p3 = 2025-10-01
