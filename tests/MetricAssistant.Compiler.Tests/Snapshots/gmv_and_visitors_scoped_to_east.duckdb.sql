WITH c0 AS (
  SELECT t0."channel_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
    AND j1."region_code" IN ($p2)
  GROUP BY 1
),
c1 AS (
  SELECT t0."channel_code" AS d0, CAST(SUM(t0."visitors") AS BIGINT) AS v
  FROM "store_traffic" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."traffic_date" >= $p3
    AND t0."traffic_date" < $p4
    AND j1."region_code" IN ($p5)
  GROUP BY 1
),
keys AS (
  SELECT d0 FROM c0
  UNION
  SELECT d0 FROM c1
),
result AS (
  SELECT k.d0, COALESCE(c0.v, 0) AS m0, COALESCE(c1.v, 0) AS m1 FROM keys AS k
  LEFT JOIN c0 ON c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.d0 AS "channel", r.m0 AS "gmv", r.m1 AS "visitors"
FROM result AS r
ORDER BY "channel" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = east
-- p3 = 2025-07-01
-- p4 = 2025-10-01
-- p5 = east
