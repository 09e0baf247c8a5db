WITH c0 AS (
  SELECT j1."Region Code" AS d0, SUM(t0."Pay Amount") AS v
  FROM "dwd"."orders" AS t0
  LEFT JOIN "analytics"."dwd"."Store List" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1
),
result AS (
  SELECT c0.d0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.d0 AS "region", r.m0 AS "gmv"
FROM result AS r
ORDER BY "region" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
