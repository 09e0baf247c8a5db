WITH c0 AS (
  SELECT tg0, COUNT(DISTINCT x) AS v
  FROM (SELECT b.tg0 AS tg0, e.x AS x, ROW_NUMBER() OVER (PARTITION BY e.event_id ORDER BY b.event_day DESC, b.tg0 ASC NULLS LAST) AS pick
    FROM (SELECT CAST(EXTRACT(isodow FROM t0."appointment_date") AS BIGINT) AS tg0, t0."customer_id" AS entity, CAST(t0."appointment_date" AS DATE) AS event_day FROM "appointments" AS t0 WHERE t0."appointment_date" >= @p0 AND t0."appointment_date" < @p1 AND t0."status" NOT IN (@p2)) AS b
    JOIN (SELECT ROW_NUMBER() OVER () AS event_id, t0."customer_id" AS entity, CAST(t0."paid_time" AS DATE) AS event_day, t0."customer_id" AS x FROM "orders" AS t0 WHERE t0."paid_time" >= @p3 AND t0."paid_time" IS NOT NULL) AS e
      ON b.entity = e.entity
      AND b.event_day <= e.event_day
      AND b.event_day > e.event_day - INTERVAL '7 days') AS attributed
  WHERE pick = 1
  GROUP BY tg0
),
c1 AS (
  SELECT CAST(EXTRACT(isodow FROM t0."appointment_date") AS BIGINT) AS tg0, COUNT(DISTINCT t0."customer_id") AS v
  FROM "appointments" AS t0
  WHERE t0."appointment_date" >= @p4
    AND t0."appointment_date" < @p5
    AND t0."status" NOT IN (@p6)
  GROUP BY 1
),
keys AS (
  SELECT tg0 FROM c0
  UNION
  SELECT tg0 FROM c1
),
result AS (
  SELECT k.tg0, CAST(COALESCE(c0.v, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(c1.v, 0), 0) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.tg0 IS NOT DISTINCT FROM k.tg0
  LEFT JOIN c1 ON c1.tg0 IS NOT DISTINCT FROM k.tg0
)
SELECT r.tg0 AS "metric_time__dow", r.m0 AS "appointment_purchase_rate"
FROM result AS r
ORDER BY "metric_time__dow" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = cancelled
-- p3 = 2025-07-01
-- p4 = 2025-07-01
-- p5 = 2025-10-01
-- p6 = cancelled
