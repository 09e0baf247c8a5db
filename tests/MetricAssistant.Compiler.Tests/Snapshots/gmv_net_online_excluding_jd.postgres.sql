WITH c0 AS (
  SELECT CASE WHEN j1."is_online" = TRUE THEN 'online' WHEN j1."is_online" = FALSE THEN 'offline' END AS d0, SUM((t0."order_amount" - t0."discount_amount")) AS v
  FROM "orders" AS t0
  LEFT JOIN "channels" AS j1 ON j1."channel_code" = t0."channel_code"
  WHERE t0."order_time" >= @p0
    AND t0."order_time" < @p1
    AND t0."status" NOT IN (@p2)
    AND t0."channel_code" NOT IN (@p3)
  GROUP BY 1
),
result AS (
  SELECT c0.d0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.d0 AS "online_offline", r.m0 AS "gmv_net"
FROM result AS r
ORDER BY "online_offline" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = cancelled
-- p3 = jd
