WITH c0 AS (
  SELECT j1."region_code" AS d0, CAST(SUM(CASE WHEN j2."is_online" THEN 1 ELSE 0 END) AS BIGINT) AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  LEFT JOIN "channels" AS j2 ON j2."channel_code" = t0."channel_code"
  WHERE t0."order_time" >= @p0
    AND t0."order_time" < @p1
  GROUP BY 1
),
result AS (
  SELECT c0.d0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.d0 AS "region", r.m0 AS "online_orders"
FROM result AS r
ORDER BY "region" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
