WITH c0 AS (
  SELECT j2."category_code" AS d0, SUM((t0."line_amount" - (t0."quantity" * j2."unit_cost"))) AS v
  FROM "order_items" AS t0
  LEFT JOIN "dwd"."orders" AS j1 ON j1."order_id" = t0."order_id"
  LEFT JOIN "products" AS j2 ON j2."product_id" = t0."product_id"
  LEFT JOIN "analytics"."dwd"."Store List" AS j3 ON j3."store_id" = j1."store_id"
  WHERE j1."paid_time" >= $p0
    AND j1."paid_time" < $p1
    AND j1."paid_time" IS NOT NULL
    AND j3."Region Code" IN ($p2)
  GROUP BY 1
),
c1 AS (
  SELECT j2."category_code" AS d0, SUM(t0."line_amount") AS v
  FROM "order_items" AS t0
  LEFT JOIN "dwd"."orders" AS j1 ON j1."order_id" = t0."order_id"
  LEFT JOIN "products" AS j2 ON j2."product_id" = t0."product_id"
  LEFT JOIN "analytics"."dwd"."Store List" AS j3 ON j3."store_id" = j1."store_id"
  WHERE j1."paid_time" >= $p3
    AND j1."paid_time" < $p4
    AND j1."paid_time" IS NOT NULL
    AND j3."Region Code" IN ($p5)
  GROUP BY 1
),
keys AS (
  SELECT d0 FROM c0
  UNION
  SELECT d0 FROM c1
),
result AS (
  SELECT k.d0, CAST(COALESCE(c0.v, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(c1.v, 0), 0) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.d0 AS "category", r.m0 AS "gross_margin"
FROM result AS r
ORDER BY "category" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = east
-- p3 = 2025-07-01
-- p4 = 2025-10-01
-- p5 = east
