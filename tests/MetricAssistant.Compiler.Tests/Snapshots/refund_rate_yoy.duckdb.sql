WITH c0 AS (
  SELECT SUM(t0."refund_amount") AS v
  FROM "refunds" AS t0
  WHERE t0."refund_time" >= $p0
    AND t0."refund_time" < $p1
),
c1 AS (
  SELECT SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= $p2
    AND t0."paid_time" < $p3
    AND t0."paid_time" IS NOT NULL
),
result AS (
  SELECT CAST(COALESCE(c0.v, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(c1.v, 0), 0) AS m0 FROM c0 CROSS JOIN c1
),
prev_c0 AS (
  SELECT SUM(t0."refund_amount") AS v
  FROM "refunds" AS t0
  WHERE t0."refund_time" >= $p4
    AND t0."refund_time" < $p5
),
prev_c1 AS (
  SELECT SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  WHERE t0."paid_time" >= $p6
    AND t0."paid_time" < $p7
    AND t0."paid_time" IS NOT NULL
),
prev_result AS (
  SELECT CAST(COALESCE(prev_c0.v, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(prev_c1.v, 0), 0) AS m0 FROM prev_c0 CROSS JOIN prev_c1
)
SELECT r.m0 AS "refund_rate", p.m0 AS "refund_rate_previous", r.m0 - p.m0 AS "refund_rate_change", CAST(r.m0 - p.m0 AS DOUBLE PRECISION) / NULLIF(p.m0, 0) AS "refund_rate_change_pct"
FROM result AS r
CROSS JOIN prev_result AS p
ORDER BY 1

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2025-07-01
-- p3 = 2025-10-01
-- p4 = 2024-07-01
-- p5 = 2024-10-01
-- p6 = 2024-07-01
-- p7 = 2024-10-01
