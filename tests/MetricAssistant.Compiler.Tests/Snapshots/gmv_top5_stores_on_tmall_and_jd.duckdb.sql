WITH c0 AS (
  SELECT t0."store_id" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
    AND t0."channel_code" IN ($p2, $p3)
  GROUP BY 1
),
result AS (
  SELECT c0.d0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.d0 AS "store", r.m0 AS "gmv"
FROM result AS r
ORDER BY "gmv" DESC NULLS LAST, "store" ASC NULLS LAST
LIMIT $p4

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = tmall
-- p3 = jd
-- p4 = 5
