WITH c0 AS (
  SELECT t0."customer_id" AS en0, COUNT(t0."order_id") AS v
  FROM "orders" AS t0
  WHERE t0."order_time" >= @p0
    AND t0."order_time" < @p1
    AND t0."status" NOT IN (@p2)
  GROUP BY 1
),
result AS (
  SELECT c0.en0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.en0 AS "customers", r.m0 AS "order_count"
FROM result AS r
WHERE r.m0 > @p3
ORDER BY "order_count" DESC NULLS LAST, "customers" ASC NULLS LAST
LIMIT @p4

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = cancelled
-- p3 = 3
-- p4 = 20
