WITH c0 AS (
  SELECT period, d0, COUNT(DISTINCT x) AS v
  FROM (SELECT b.period AS period, b.d0 AS d0, e.x AS x, ROW_NUMBER() OVER (PARTITION BY e.event_id ORDER BY b.event_day DESC, b.period ASC NULLS LAST, b.d0 ASC NULLS LAST) AS pick
    FROM (SELECT CAST(date_trunc('month', CAST(t0."appointment_date" AS TIMESTAMP)) AS DATE) AS period, j1."region_code" AS d0, t0."customer_id" AS entity, CAST(t0."appointment_date" AS DATE) AS event_day FROM "appointments" AS t0 LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id" WHERE t0."appointment_date" >= @p0 AND t0."appointment_date" < @p1 AND t0."status" NOT IN (@p2)) AS b
    JOIN (SELECT ROW_NUMBER() OVER () AS event_id, t0."customer_id" AS entity, CAST(t0."paid_time" AS DATE) AS event_day, t0."customer_id" AS x FROM "orders" AS t0 WHERE t0."paid_time" >= @p3 AND t0."paid_time" IS NOT NULL) AS e
      ON b.entity = e.entity
      AND b.event_day <= e.event_day
      AND b.event_day > e.event_day - INTERVAL '7 days') AS attributed
  WHERE pick = 1
  GROUP BY period, d0
),
c1 AS (
  SELECT CAST(date_trunc('month', CAST(t0."appointment_date" AS TIMESTAMP)) AS DATE) AS period, j1."region_code" AS d0, COUNT(DISTINCT t0."customer_id") AS v
  FROM "appointments" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."appointment_date" >= @p4
    AND t0."appointment_date" < @p5
    AND t0."status" NOT IN (@p6)
  GROUP BY 1, 2
),
keys AS (
  SELECT period, d0 FROM c0
  UNION
  SELECT period, d0 FROM c1
),
result AS (
  SELECT k.period, k.d0, CAST(COALESCE(c0.v, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(c1.v, 0), 0) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period AND c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.period = k.period AND c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "appointment_purchase_rate"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = cancelled
-- p3 = 2025-07-01
-- p4 = 2025-07-01
-- p5 = 2025-10-01
-- p6 = cancelled
