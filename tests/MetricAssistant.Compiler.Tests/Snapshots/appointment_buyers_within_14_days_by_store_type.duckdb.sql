WITH c0 AS (
  SELECT d0, COUNT(DISTINCT x) AS v
  FROM (SELECT b.d0 AS d0, e.x AS x, ROW_NUMBER() OVER (PARTITION BY e.event_id ORDER BY b.event_day DESC, b.d0 ASC NULLS LAST) AS pick
    FROM (SELECT j1."store_type" AS d0, t0."customer_id" AS entity, CAST(t0."appointment_date" AS DATE) AS event_day FROM "appointments" AS t0 LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id" WHERE t0."appointment_date" >= $p0 AND t0."appointment_date" < $p1 AND t0."status" NOT IN ($p2)) AS b
    JOIN (SELECT ROW_NUMBER() OVER () AS event_id, t0."customer_id" AS entity, CAST(t0."paid_time" AS DATE) AS event_day, t0."customer_id" AS x FROM "orders" AS t0 WHERE t0."paid_time" >= $p3 AND t0."paid_time" IS NOT NULL) AS e
      ON b.entity = e.entity
      AND b.event_day <= e.event_day
      AND b.event_day > e.event_day - INTERVAL '14 days') AS attributed
  WHERE pick = 1
  GROUP BY d0
),
result AS (
  SELECT c0.d0, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.d0 AS "store_type", r.m0 AS "appointment_buyers"
FROM result AS r
ORDER BY "store_type" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = cancelled
-- p3 = 2025-07-01
